import { latestProgress, progressHistory, reportsOn, type PlanItemProgress } from './plan-item-progress';

const ITEM_ID = '77777777-7777-4777-8777-777777777777';

const report = (overrides: Partial<PlanItemProgress> = {}): PlanItemProgress => ({
  reportId: '88888888-8888-4888-8888-888888888888',
  caseId: '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d',
  planId: '99999999-9999-4999-8999-999999999999',
  itemId: ITEM_ID,
  department: 'company-consultant',
  status: 'started',
  note: null,
  reportedBy: 'company-1',
  reportedAt: new Date('2027-01-05T09:00:00Z'),
  receivedAt: new Date('2027-01-05T09:00:01Z'),
  ...overrides,
});

describe('plan item progress', () => {
  it('should count the latest reported status when an older report arrives after a newer one', () => {
    const completed = report({ status: 'completed', reportedAt: new Date('2027-03-31T09:00:00Z') });
    const lateStarted = report({ status: 'started', receivedAt: new Date('2027-04-01T00:00:00Z') });

    expect(latestProgress([completed, lateStarted])).toBe(completed);
    expect(progressHistory([lateStarted, completed]).map((entry) => entry.status)).toEqual(['completed', 'started']);
  });

  it('should take the one received last when two reports have the same moment', () => {
    const first = report({ status: 'started' });
    const correction = report({ status: 'stopped', receivedAt: new Date('2027-01-05T10:00:00Z') });
    expect(latestProgress([correction, first])).toBe(correction);
  });

  it('should have no latest report when none has come', () => {
    expect(latestProgress([])).toBeNull();
  });

  it('should count only the item own department reports when another department reports on it', () => {
    const own = report();
    const foreign = report({ department: 'social-psychiatry', status: 'completed' });
    const otherItem = report({ itemId: '12121212-1212-4212-8212-121212121212' });

    expect(reportsOn({ itemId: ITEM_ID, department: 'company-consultant' }, [own, foreign, otherItem])).toEqual([own]);
  });
});
