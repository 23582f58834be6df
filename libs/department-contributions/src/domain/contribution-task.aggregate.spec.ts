import { DomainError } from '@rehab/platform';
import { ContributionTask, type ContributionContent, requireContributionTask } from './contribution-task.aggregate';

const openedTask = (overrides: Partial<Parameters<typeof ContributionTask.open>[0]> = {}) =>
  ContributionTask.open({
    caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    caseType: 'resource-programme',
    now: new Date('2026-11-01T09:00:00Z'),
    ...overrides,
  });

const content = (overrides: Record<string, string> = {}): ContributionContent => ({
  assessment: 'Chronic lower back pain.',
  workImplications: 'Sedentary work part time.',
  ...overrides,
});

const submission = (overrides: Partial<Parameters<ContributionTask['submit']>[0]> = {}) => ({
  content: content(),
  submittedBy: 'hc-42',
  now: new Date('2026-11-03T10:00:00Z'),
  ...overrides,
});

describe('ContributionTask', () => {
  it('should open with status open and record it when a referral arrives', () => {
    const task = openedTask();
    expect(task.snapshot()).toMatchObject({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'resource-programme',
      status: 'open',
      openedAt: new Date('2026-11-01T09:00:00Z'),
      draft: null,
      versions: [],
    });
    expect(task.pullEvents()).toEqual([{ kind: 'opened' }]);
  });

  it('should concern the department when the referral requires it', () => {
    expect(ContributionTask.isRequiredOf(['job-centre', 'health-coordinator'], 'health-coordinator')).toBe(true);
  });

  it('should not concern the department when the referral leaves it out', () => {
    expect(ContributionTask.isRequiredOf(['job-centre', 'health-coordinator'], 'company-consultant')).toBe(false);
  });

  it('should keep the draft without making a version when a draft is saved', () => {
    const task = openedTask();
    task.pullEvents();
    task.saveDraft({ assessment: 'Half written' }, 'hc-42', new Date('2026-11-02T09:00:00Z'));
    expect(task.snapshot().draft).toEqual({
      content: { assessment: 'Half written' },
      savedBy: 'hc-42',
      savedAt: new Date('2026-11-02T09:00:00Z'),
    });
    expect(task.snapshot().versions).toEqual([]);
    expect(task.snapshot().status).toBe('open');
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['draft-saved']);
  });

  it('should make version 1, mark the task submitted and clear the draft when first submitted', () => {
    const task = openedTask();
    task.saveDraft({ assessment: 'Half written' }, 'hc-42', new Date());
    task.pullEvents();
    const first = task.submit(submission());
    expect(first).toEqual({
      contributionId: task.id,
      version: 1,
      content: content(),
      submittedBy: 'hc-42',
      submittedAt: new Date('2026-11-03T10:00:00Z'),
      reason: null,
    });
    expect(task.snapshot().status).toBe('submitted');
    expect(task.snapshot().draft).toBeNull();
    expect(task.pullEvents()).toEqual([{ kind: 'submitted', submission: first }]);
  });

  it('should refuse a second version with a clear reason when no reason for the change is given', () => {
    const task = openedTask();
    task.submit(submission());
    expect(() => task.submit(submission())).toThrow(
      new DomainError(
        'rule-violated',
        'Version 1 of this contribution has already been submitted; give a reason for the change.',
      ),
    );
  });

  it('should refuse a second version when the reason is blank', () => {
    const task = openedTask();
    task.submit(submission());
    expect(() => task.submit(submission({ reason: '   ' }))).toThrow(/give a reason for the change/);
  });

  it('should keep every version under one contribution id when a changed version is submitted with a reason', () => {
    const task = openedTask();
    const first = task.submit(submission());
    const second = task.submit(
      submission({ content: content({ workImplications: 'No work for now.' }), reason: 'New hospital records.' }),
    );
    expect(second).toMatchObject({ version: 2, contributionId: first.contributionId, reason: 'New hospital records.' });
    expect(task.snapshot().versions).toEqual([first, second]);
    expect(task.latestVersion()).toBe(second);
  });

  it('should refuse a submission when a heading is blank', () => {
    const task = openedTask();
    expect(() => task.submit(submission({ content: content({ assessment: ' ' }) }))).toThrow(/blank: assessment/);
  });

  it('should refuse a submission when it has no headings at all', () => {
    expect(() => openedTask().submit(submission({ content: {} }))).toThrow(/every heading/);
  });

  it('should answer not found with the likely cause when there is no task for the case', () => {
    expect(() => requireContributionTask(null)).toThrow(
      new DomainError(
        'not-found',
        'This department has no contribution task for the case. The referral may not have arrived yet; try again shortly.',
      ),
    );
  });
});
