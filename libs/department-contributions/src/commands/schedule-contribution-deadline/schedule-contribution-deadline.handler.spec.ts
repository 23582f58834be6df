import type { TransactionRunner } from '@rehab/messaging';
import { DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from '../../domain/contribution-deadline';
import {
  ContributionTask,
  type ContributionTaskEvent,
  type ContributionTaskState,
} from '../../domain/contribution-task.aggregate';
import type { ContributionDeadlineSettings } from '../../infrastructure/contribution-deadline.settings';
import type { CaseSchedule, ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { ScheduleContributionDeadlineCommand } from './schedule-contribution-deadline.command';
import { ScheduleContributionDeadlineHandler } from './schedule-contribution-deadline.handler';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';
const MEETING_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const LATER_MEETING_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

class InMemoryContributionTasks {
  readonly stored = new Map<string, ContributionTaskState>();
  readonly schedules = new Map<string, CaseSchedule>();

  lockCase(): Promise<void> {
    return Promise.resolve();
  }
  readonly published: ContributionTaskEvent[] = [];

  findByCase(caseId: string): Promise<ContributionTask | null> {
    const state = this.stored.get(caseId);
    return Promise.resolve(state ? ContributionTask.restore(state) : null);
  }

  saveSchedule(schedule: CaseSchedule): Promise<void> {
    this.schedules.set(schedule.caseId, schedule);
    return Promise.resolve();
  }

  save(task: ContributionTask): Promise<void> {
    this.published.push(...task.pullEvents());
    const state = task.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

const scheduling = (overrides: Partial<{ municipality: string; meetingId: string; startsAt: string }> = {}) => {
  const values = { municipality: '101', meetingId: MEETING_ID, startsAt: '2026-11-30T08:00:00.000Z', ...overrides };
  return new ScheduleContributionDeadlineCommand(
    CASE_ID,
    values.municipality,
    values.meetingId,
    new Date(values.startsAt),
  );
};

describe('ScheduleContributionDeadlineHandler', () => {
  let tasks: InMemoryContributionTasks;
  let handler: ScheduleContributionDeadlineHandler;

  const openTask = async () => {
    const task = ContributionTask.open({
      caseId: CASE_ID,
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'resource-programme',
      now: new Date('2026-11-16T09:00:00Z'),
    });
    await tasks.save(task);
    tasks.published.length = 0;
  };

  beforeEach(() => {
    tasks = new InMemoryContributionTasks();
    handler = new ScheduleContributionDeadlineHandler(
      immediateTransactions,
      tasks as unknown as ContributionTaskRepository,
      {
        policy: { ...DEFAULT_CONTRIBUTION_DEADLINE_POLICY, deadlineWorkingDays: 2 },
      } as ContributionDeadlineSettings,
    );
  });

  it('should give the task a deadline the configured working days before the meeting when the case is scheduled', async () => {
    await openTask();
    await expect(handler.execute(scheduling())).resolves.toBe('deadline-set');
    // Monday 30 November, two working days back: Thursday 26 November.
    expect(tasks.stored.get(CASE_ID)?.schedule?.deadline).toEqual(new Date('2026-11-26T08:00:00.000Z'));
  });

  it('should move the deadline when the case is re-scheduled', async () => {
    await openTask();
    await handler.execute(scheduling());
    await handler.execute(scheduling({ meetingId: LATER_MEETING_ID, startsAt: '2026-12-07T08:00:00.000Z' }));
    expect(tasks.stored.get(CASE_ID)?.schedule).toMatchObject({
      meetingId: LATER_MEETING_ID,
      deadline: new Date('2026-12-03T08:00:00.000Z'),
    });
    expect(tasks.schedules.get(CASE_ID)?.meetingId).toBe(LATER_MEETING_ID);
  });

  it('should change nothing when the same scheduling is delivered again', async () => {
    await openTask();
    await handler.execute(scheduling());
    await expect(handler.execute(scheduling())).resolves.toBe('unchanged');
  });

  it('should only remember the meeting when no task is open for the case yet', async () => {
    await expect(handler.execute(scheduling())).resolves.toBe('no-task-yet');
    expect(tasks.schedules.get(CASE_ID)).toMatchObject({ meetingId: MEETING_ID, municipality: '101' });
    expect(tasks.stored.size).toBe(0);
  });

  it('should leave the task alone when the scheduling names another municipality', async () => {
    await openTask();
    await expect(handler.execute(scheduling({ municipality: '147' }))).resolves.toBe('no-task-yet');
    expect(tasks.stored.get(CASE_ID)?.schedule).toBeNull();
  });
});
