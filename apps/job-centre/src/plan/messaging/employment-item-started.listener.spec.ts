import type { CommandBus } from '@nestjs/cqrs';
import type { PlanItemProgressReport } from '@rehab/department-contributions';
import { RecordActivityStartedCommand } from '../../referral/commands/record-activity-started/record-activity-started.command';
import type { RehabilitationCase } from '../../referral/domain/rehabilitation-case.aggregate';
import type { RehabilitationCaseRepository } from '../../referral/infrastructure/rehabilitation-case.repository';
import { EmploymentItemStartedListener } from './employment-item-started.listener';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';

const aReport = (overrides: Partial<PlanItemProgressReport> = {}): PlanItemProgressReport => ({
  caseId: CASE_ID,
  municipality: '101',
  department: 'job-centre',
  itemId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  status: 'started',
  reportedBy: 'jc-9',
  reportedAt: new Date('2027-01-11T09:00:00.000Z'),
  ...overrides,
});

describe('EmploymentItemStartedListener', () => {
  const listenerFor = (awaitsFirstActivity: boolean | null) => {
    const executed: unknown[] = [];
    const commands = {
      execute: (command: unknown) => {
        executed.push(command);
        return Promise.resolve();
      },
    } as unknown as CommandBus;
    const found =
      awaitsFirstActivity === null ? null : ({ awaitsFirstActivity: () => awaitsFirstActivity } as RehabilitationCase);
    const cases = { find: () => Promise.resolve(found) } as unknown as RehabilitationCaseRepository;
    return { listener: new EmploymentItemStartedListener(commands, cases), executed };
  };

  it('should record the programme’s first activity when an employment item is reported started', async () => {
    const { listener, executed } = listenerFor(true);
    await listener.progressReported(aReport());
    expect(executed).toEqual([new RecordActivityStartedCommand(CASE_ID, new Date('2027-01-11T09:00:00.000Z'), 'jc-9')]);
  });

  it.each(['not-started', 'completed', 'stopped'] as const)(
    'should record nothing when the item is reported %s',
    async (status) => {
      const { listener, executed } = listenerFor(true);
      await listener.progressReported(aReport({ status }));
      expect(executed).toEqual([]);
    },
  );

  it('should record nothing when the case does not await a first activity', async () => {
    const { listener, executed } = listenerFor(false);
    await listener.progressReported(aReport());
    expect(executed).toEqual([]);
  });

  it('should record nothing when the case is not known at the job centre', async () => {
    const { listener, executed } = listenerFor(null);
    await listener.progressReported(aReport());
    expect(executed).toEqual([]);
  });
});
