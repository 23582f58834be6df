import { HealthAssessmentSubmitted } from '@rehab/contracts';
import type { TransactionRunner } from '@rehab/messaging';
import type { DepartmentContribution } from '../../department-contribution';
import { DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from '../../domain/contribution-deadline';
import { ContributionTask, type ContributionTaskState } from '../../domain/contribution-task.aggregate';
import type { ContributionDeadlineSettings } from '../../infrastructure/contribution-deadline.settings';
import type { CaseSchedule, ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { OpenContributionTaskCommand } from './open-contribution-task.command';
import { OpenContributionTaskHandler } from './open-contribution-task.handler';

/** Keeps tasks in memory the way the repository stores them, one per case. */
class InMemoryContributionTasks {
  readonly stored = new Map<string, ContributionTaskState>();
  readonly schedules = new Map<string, CaseSchedule>();

  lockCase(): Promise<void> {
    return Promise.resolve();
  }

  findSchedule(caseId: string): Promise<CaseSchedule | null> {
    return Promise.resolve(this.schedules.get(caseId) ?? null);
  }

  findByCase(caseId: string): Promise<ContributionTask | null> {
    const state = this.stored.get(caseId);
    return Promise.resolve(state ? ContributionTask.restore(state) : null);
  }

  save(task: ContributionTask): Promise<void> {
    task.pullEvents();
    const state = task.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

const healthContribution: DepartmentContribution = {
  department: 'health-coordinator',
  name: 'health assessment',
  content: class {},
  submittedEvent: HealthAssessmentSubmitted,
  toSubmittedPayload: () => ({}),
};

const referral = (overrides: Partial<OpenContributionTaskCommand> = {}) => {
  const values = {
    caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    caseType: 'resource-programme' as const,
    requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'] as const,
    ...overrides,
  };
  return new OpenContributionTaskCommand(
    values.caseId,
    values.personId,
    values.municipality,
    values.caseType,
    values.requiredDepartments,
  );
};

describe('OpenContributionTaskHandler', () => {
  let tasks: InMemoryContributionTasks;
  let handler: OpenContributionTaskHandler;

  beforeEach(() => {
    tasks = new InMemoryContributionTasks();
    handler = new OpenContributionTaskHandler(
      immediateTransactions,
      tasks as unknown as ContributionTaskRepository,
      healthContribution,
      { policy: DEFAULT_CONTRIBUTION_DEADLINE_POLICY } as ContributionDeadlineSettings,
    );
  });

  it('should open the task with a deadline when the case was scheduled before the referral arrived', async () => {
    tasks.schedules.set('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b', {
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      municipality: '101',
      meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      startsAt: new Date('2026-11-30T08:00:00.000Z'),
    });
    await handler.execute(referral());
    expect(tasks.stored.get('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b')?.schedule).toMatchObject({
      meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      deadline: new Date('2026-11-25T08:00:00.000Z'),
    });
  });

  it('should open the task without a deadline when the case is not scheduled yet', async () => {
    await handler.execute(referral());
    expect(tasks.stored.get('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b')?.schedule).toBeNull();
  });

  it('should open a task for the case when the referral requires the department', async () => {
    await expect(handler.execute(referral())).resolves.toBe('opened');
    expect(tasks.stored.get('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b')).toMatchObject({
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'resource-programme',
      status: 'open',
    });
  });

  it('should leave the existing task alone when a task for the case already exists', async () => {
    await handler.execute(referral());
    const first = tasks.stored.get('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b');
    await expect(handler.execute(referral({ municipality: '147' }))).resolves.toBe('already-open');
    expect(tasks.stored.get('3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b')).toBe(first);
    expect(tasks.stored.size).toBe(1);
  });

  it('should open nothing when the referral does not require the department', async () => {
    await expect(handler.execute(referral({ requiredDepartments: ['job-centre', 'company-consultant'] }))).resolves.toBe(
      'not-required',
    );
    expect(tasks.stored.size).toBe(0);
  });
});
