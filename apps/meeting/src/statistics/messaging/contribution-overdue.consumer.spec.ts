import type { CommandBus } from '@nestjs/cqrs';
import {
  CompanyConsultantContributionOverdue,
  createEnvelope,
  HealthCoordinatorContributionOverdue,
  SocialPsychiatryContributionOverdue,
} from '@rehab/contracts';
import { HANDLES_EVENT } from '@rehab/messaging';
import type { RecordOverdueContributionCommand } from '../commands/record-overdue-contribution/record-overdue-contribution.command';
import { ContributionOverdueConsumer } from './contribution-overdue.consumer';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';

const payload = {
  caseId: CASE_ID,
  contributionId: '44444444-4444-4444-8444-444444444444',
  meetingId: '11111111-1111-4111-8111-111111111111',
  meetingStartsAt: '2026-12-03T08:00:00.000Z',
  deadline: '2026-12-01T08:00:00.000Z',
};

const metadata = {
  correlationId: 'correlation-1',
  causationId: null,
  actor: { kind: 'service' as const, id: 'company-consultant' },
  subjectId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  caseId: CASE_ID,
  municipality: '101',
};

describe('ContributionOverdueConsumer', () => {
  it('should handle every department overdue event when the service consumes', () => {
    const prototype = ContributionOverdueConsumer.prototype;
    const handled = [prototype.healthCoordinator, prototype.socialPsychiatry, prototype.companyConsultant].map(
      (method) => (Reflect.getMetadata(HANDLES_EVENT, method) as { type: string }).type,
    );
    expect(handled).toEqual([
      HealthCoordinatorContributionOverdue.type,
      SocialPsychiatryContributionOverdue.type,
      CompanyConsultantContributionOverdue.type,
    ]);
  });

  it('should record the overdue contribution for the topic department and municipality when announced', async () => {
    const executed: RecordOverdueContributionCommand[] = [];
    const commands = {
      execute: (command: RecordOverdueContributionCommand) => Promise.resolve(void executed.push(command)),
    };
    const consumer = new ContributionOverdueConsumer(commands as unknown as CommandBus);

    await consumer.companyConsultant(createEnvelope(CompanyConsultantContributionOverdue, payload, metadata));

    expect(executed.map((command) => command.overdue)).toEqual([
      {
        department: 'company-consultant',
        contributionId: payload.contributionId,
        meetingId: payload.meetingId,
        caseId: CASE_ID,
        municipality: '101',
        deadline: new Date(payload.deadline),
      },
    ]);
  });
});
