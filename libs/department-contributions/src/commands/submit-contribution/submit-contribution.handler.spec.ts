import { JobAssessmentSubmitted } from '@rehab/contracts';
import type { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import {
  ContributionTask,
  type ContributionContent,
  type ContributionTaskEvent,
  type ContributionTaskState,
  requireContributionTask,
} from '../../domain/contribution-task.aggregate';
import type { DepartmentContribution } from '../../department-contribution';
import type { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { SubmitContributionCommand } from './submit-contribution.command';
import { SubmitContributionHandler } from './submit-contribution.handler';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';

/** Keeps tasks in memory and remembers what each save would have published. */
class InMemoryContributionTasks {
  readonly stored = new Map<string, ContributionTaskState>();
  readonly published: ContributionTaskEvent[] = [];

  getByCase(caseId: string): Promise<ContributionTask> {
    const state = this.stored.get(caseId);
    return Promise.resolve().then(() => requireContributionTask(state ? ContributionTask.restore(state) : null));
  }

  save(task: ContributionTask): Promise<void> {
    this.published.push(...task.pullEvents());
    const state = task.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

/** A department whose own rule refuses internships without demands spelled out. */
const companyContribution: DepartmentContribution = {
  department: 'company-consultant',
  name: 'job assessment',
  content: class {},
  submittedEvent: JobAssessmentSubmitted,
  toSubmittedPayload: () => ({}),
  checkSubmission: (submitted) => {
    if ((submitted as Record<string, string>).jobDemands === 'unknown') {
      throw DomainError.ruleViolated('The demands of the job must be described.');
    }
  },
};

const content = (overrides: Record<string, string> = {}): ContributionContent => ({
  jobPossibilities: 'Internship in retail.',
  jobDemands: 'Standing work, 15 hours a week.',
  ...overrides,
});

const submission = (overrides: { content?: ContributionContent; submittedBy?: string; reason?: string | null } = {}) =>
  new SubmitContributionCommand(
    CASE_ID,
    overrides.content ?? content(),
    overrides.submittedBy ?? 'cc-3',
    overrides.reason ?? null,
  );

describe('SubmitContributionHandler', () => {
  let tasks: InMemoryContributionTasks;
  let handler: SubmitContributionHandler;

  const openTask = async () => {
    const task = ContributionTask.open({
      caseId: CASE_ID,
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'flex-job',
      now: new Date('2026-11-01T09:00:00Z'),
    });
    await tasks.save(task);
    tasks.published.length = 0;
  };

  beforeEach(() => {
    tasks = new InMemoryContributionTasks();
    handler = new SubmitContributionHandler(
      immediateTransactions,
      tasks as unknown as ContributionTaskRepository,
      companyContribution,
    );
  });

  it('should refuse and store nothing when the department rule refuses the submission', async () => {
    await openTask();
    await expect(handler.execute(submission({ content: content({ jobDemands: 'unknown' }) }))).rejects.toMatchObject({
      kind: 'rule-violated',
    });
    expect(tasks.published).toEqual([]);
  });

  it('should refuse with not found when the referral has not opened a task yet', async () => {
    await expect(handler.execute(submission())).rejects.toThrow(
      new DomainError(
        'not-found',
        'This department has no contribution task for the case. The referral may not have arrived yet; try again shortly.',
      ),
    );
  });

  it('should store version 1 and publish it when the first contribution is submitted', async () => {
    await openTask();
    const submitted = await handler.execute(submission());
    expect(submitted).toMatchObject({ version: 1, submittedBy: 'cc-3', content: content(), reason: null });
    expect(tasks.published).toEqual([{ kind: 'submitted', submission: submitted }]);
  });

  it('should refuse a new version and publish nothing when no reason is given', async () => {
    await openTask();
    await handler.execute(submission());
    tasks.published.length = 0;
    await expect(handler.execute(submission({ content: content({ jobDemands: 'Sitting work.' }) }))).rejects.toThrow(
      /Version 1 of this contribution has already been submitted; give a reason for the change/,
    );
    expect(tasks.published).toEqual([]);
  });

  it('should store version 2 beside version 1 when a new version comes with a reason', async () => {
    await openTask();
    await handler.execute(submission());
    const second = await handler.execute(
      submission({ content: content({ jobDemands: 'Sitting work.' }), reason: 'The citizen cannot stand for long.' }),
    );
    expect(second).toMatchObject({ version: 2, reason: 'The citizen cannot stand for long.' });
    expect(tasks.stored.get(CASE_ID)?.versions.map((version) => version.version)).toEqual([1, 2]);
  });
});
