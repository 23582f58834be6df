import type { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { contributionScheduleFor, DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from '../../domain/contribution-deadline';
import {
  ContributionTask,
  type ContributionTaskEvent,
  type ContributionTaskState,
} from '../../domain/contribution-task.aggregate';
import type { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { CheckContributionDeadlinesCommand } from './check-contribution-deadlines.command';
import { CheckContributionDeadlinesHandler } from './check-contribution-deadlines.handler';

/** Keeps tasks in memory and answers the due query the way the repository's WHERE clause does. */
class InMemoryContributionTasks {
  readonly stored = new Map<string, ContributionTaskState>();
  readonly published: ContributionTaskEvent[] = [];
  readonly conflictingCases = new Set<string>();

  findCasesWithDeadlineCheckDue(now: Date): Promise<string[]> {
    const due = [...this.stored.values()].filter(
      (state) =>
        state.status === 'open' &&
        state.schedule !== null &&
        ((state.schedule.remindFrom <= now && !state.reminderAnnouncedAt && !state.overdueAnnouncedAt) ||
          (state.schedule.deadline <= now && !state.overdueAnnouncedAt)),
    );
    return Promise.resolve(due.map((state) => state.caseId));
  }

  findByCase(caseId: string): Promise<ContributionTask | null> {
    const state = this.stored.get(caseId);
    return Promise.resolve(state ? ContributionTask.restore(state) : null);
  }

  save(task: ContributionTask): Promise<void> {
    if (this.conflictingCases.has(task.caseId)) {
      return Promise.reject(DomainError.conflict('changed by someone else'));
    }
    this.published.push(...task.pullEvents());
    const state = task.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

describe('CheckContributionDeadlinesHandler', () => {
  let tasks: InMemoryContributionTasks;
  let handler: CheckContributionDeadlinesHandler;

  const scheduledTask = async (caseId: string, meetingStartsAt: string) => {
    const task = ContributionTask.open({
      caseId,
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'resource-programme',
      now: new Date('2026-11-16T09:00:00Z'),
      schedule: contributionScheduleFor(
        { meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', startsAt: new Date(meetingStartsAt) },
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
      ),
    });
    await tasks.save(task);
    tasks.published.length = 0;
  };

  beforeEach(() => {
    tasks = new InMemoryContributionTasks();
    handler = new CheckContributionDeadlinesHandler(
      immediateTransactions,
      tasks as unknown as ContributionTaskRepository,
    );
  });

  it('should count reminders and overdue tasks when several are due at once', async () => {
    await scheduledTask('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b', '2026-11-30T08:00:00.000Z');
    await scheduledTask('4c3a9d2f-6e5b-4f7c-8a1b-2d3e4f5a6b7c', '2026-12-01T08:00:00.000Z');
    // 25 November 09:00: the first is past its deadline, the second is on its reminder day.
    await expect(
      handler.execute(new CheckContributionDeadlinesCommand(new Date('2026-11-25T09:00:00Z'))),
    ).resolves.toEqual({
      remindersDue: 1,
      overdue: 1,
    });
    expect(tasks.published.map((event) => event.kind).sort()).toEqual(['overdue', 'reminder-due']);
  });

  it('should announce nothing a second time when the check runs again', async () => {
    await scheduledTask('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b', '2026-11-30T08:00:00.000Z');
    await handler.execute(new CheckContributionDeadlinesCommand(new Date('2026-11-26T09:00:00Z')));
    await expect(
      handler.execute(new CheckContributionDeadlinesCommand(new Date('2026-11-27T09:00:00Z'))),
    ).resolves.toEqual({
      remindersDue: 0,
      overdue: 0,
    });
    expect(tasks.published.map((event) => event.kind)).toEqual(['overdue']);
  });

  it('should skip a task and carry on when someone else changed it meanwhile', async () => {
    await scheduledTask('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b', '2026-11-30T08:00:00.000Z');
    await scheduledTask('4c3a9d2f-6e5b-4f7c-8a1b-2d3e4f5a6b7c', '2026-11-30T08:00:00.000Z');
    tasks.conflictingCases.add('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b');
    await expect(
      handler.execute(new CheckContributionDeadlinesCommand(new Date('2026-11-26T09:00:00Z'))),
    ).resolves.toEqual({
      remindersDue: 0,
      overdue: 1,
    });
  });
});
