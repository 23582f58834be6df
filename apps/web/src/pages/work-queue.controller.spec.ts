import type { ContributionTaskSummary } from '../clients/department.client';
import { queueOrder } from './work-queue.controller';

function aTask(overrides: Partial<ContributionTaskSummary>): ContributionTaskSummary {
  return {
    taskId: 't',
    caseId: 'c',
    caseType: 'flex-job',
    status: 'open',
    openedAt: '2026-11-01T08:00:00Z',
    latestVersion: 0,
    hasDraft: false,
    deadline: null,
    meetingStartsAt: null,
    ...overrides,
  };
}

describe('queueOrder', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('should put overdue tasks first, then the nearest deadline, then tasks with no meeting when ordering the queue', () => {
    const ordered = queueOrder(
      [
        aTask({ caseId: 'no-meeting' }),
        aTask({ caseId: 'later', deadline: '2026-11-25T08:00:00Z' }),
        aTask({ caseId: 'overdue', deadline: '2026-11-19T08:00:00Z' }),
        aTask({ caseId: 'sooner', deadline: '2026-11-22T08:00:00Z' }),
      ],
      now,
    );
    expect(ordered.map((task) => task.caseId)).toEqual(['overdue', 'sooner', 'later', 'no-meeting']);
    expect(ordered[0]?.overdue).toBe(true);
  });

  it('should not call a submitted task overdue when its deadline has passed', () => {
    const [task] = queueOrder([aTask({ status: 'submitted', deadline: '2026-11-19T08:00:00Z' })], now);
    expect(task?.overdue).toBe(false);
  });
});
