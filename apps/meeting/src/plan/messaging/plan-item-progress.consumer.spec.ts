import type { CommandBus } from '@nestjs/cqrs';
import {
  CompanyConsultantPlanItemProgressReported,
  createEnvelope,
  HealthCoordinatorPlanItemProgressReported,
  JobCentrePlanItemProgressReported,
  type PayloadOf,
  SocialPsychiatryPlanItemProgressReported,
} from '@rehab/contracts';
import { HANDLES_EVENT } from '@rehab/messaging';
import type { RecordPlanItemProgressCommand } from '../commands/record-plan-item-progress/record-plan-item-progress.command';
import { PlanItemProgressConsumer } from './plan-item-progress.consumer';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';

const payload = (
  overrides: Partial<PayloadOf<typeof JobCentrePlanItemProgressReported>> = {},
): PayloadOf<typeof JobCentrePlanItemProgressReported> => ({
  caseId: CASE_ID,
  planId: '99999999-9999-4999-8999-999999999999',
  itemId: '77777777-7777-4777-8777-777777777777',
  status: 'started',
  reportedBy: 'company-1',
  reportedAt: '2027-01-05T09:00:00.000Z',
  ...overrides,
});

const metadata = {
  correlationId: 'correlation-1',
  causationId: null,
  actor: { kind: 'user' as const, id: 'company-1' },
  subjectId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  caseId: CASE_ID,
  municipality: '101',
};

function consumerWithRecordedCommands() {
  const executed: RecordPlanItemProgressCommand[] = [];
  const commands = {
    execute: (command: RecordPlanItemProgressCommand) => Promise.resolve(void executed.push(command)),
  };
  return { consumer: new PlanItemProgressConsumer(commands as unknown as CommandBus), executed };
}

describe('PlanItemProgressConsumer', () => {
  it('should handle every department progress event when the service consumes', () => {
    const prototype = PlanItemProgressConsumer.prototype;
    const handled = [
      prototype.jobCentre,
      prototype.healthCoordinator,
      prototype.socialPsychiatry,
      prototype.companyConsultant,
    ].map((method) => (Reflect.getMetadata(HANDLES_EVENT, method) as { type: string }).type);
    expect(handled).toEqual([
      JobCentrePlanItemProgressReported.type,
      HealthCoordinatorPlanItemProgressReported.type,
      SocialPsychiatryPlanItemProgressReported.type,
      CompanyConsultantPlanItemProgressReported.type,
    ]);
  });

  it('should record the report under the event id and the topic department when a report arrives', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    const event = createEnvelope(
      CompanyConsultantPlanItemProgressReported,
      payload({ note: 'Praktik i gang' }),
      metadata,
    );

    await consumer.companyConsultant(event);

    expect(executed).toHaveLength(1);
    expect(executed[0].municipality).toBe('101');
    expect(executed[0].progress).toEqual({
      reportId: event.eventId,
      caseId: CASE_ID,
      planId: event.payload.planId,
      itemId: event.payload.itemId,
      department: 'company-consultant',
      status: 'started',
      note: 'Praktik i gang',
      reportedBy: 'company-1',
      reportedAt: new Date('2027-01-05T09:00:00.000Z'),
    });
  });

  it('should record no note when the report has none', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    await consumer.healthCoordinator(createEnvelope(HealthCoordinatorPlanItemProgressReported, payload(), metadata));
    expect(executed[0].progress.note).toBeNull();
    expect(executed[0].progress.department).toBe('health-coordinator');
  });
});
