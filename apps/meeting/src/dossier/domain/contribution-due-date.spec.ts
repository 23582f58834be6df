import { contributionDue, type ContributionDeadlines } from './contribution-due-date';

const STARTS_AT = new Date('2026-11-30T08:00:00Z');
const DEADLINE = new Date('2026-11-25T08:00:00Z');

const schedule = (overrides: Partial<ContributionDeadlines> = {}): ContributionDeadlines => ({
  startsAt: STARTS_AT,
  deadlines: [],
  overdue: [],
  ...overrides,
});

describe('contributionDue', () => {
  it('should fall back to the meeting start, not overdue, when the department has announced no deadline', () => {
    expect(contributionDue('social-psychiatry', schedule(), new Date('2026-11-29T08:00:00Z'))).toEqual({
      dueBy: STARTS_AT,
      source: 'meeting-start',
      overdue: false,
    });
  });

  it('should show the department’s own deadline, not yet overdue, when it announced one that has not passed', () => {
    const due = contributionDue(
      'health-coordinator',
      schedule({ deadlines: [{ department: 'health-coordinator', deadline: DEADLINE }] }),
      new Date('2026-11-24T08:00:00Z'),
    );
    expect(due).toEqual({ dueBy: DEADLINE, source: 'department-deadline', overdue: false });
  });

  it('should mark it overdue when the announced deadline has passed before the department said so', () => {
    const due = contributionDue(
      'health-coordinator',
      schedule({ deadlines: [{ department: 'health-coordinator', deadline: DEADLINE }] }),
      DEADLINE,
    );
    expect(due.overdue).toBe(true);
  });

  it('should mark it overdue with the missed deadline when the department announced it overdue', () => {
    const due = contributionDue(
      'company-consultant',
      schedule({ overdue: [{ department: 'company-consultant', deadline: DEADLINE }] }),
      new Date('2026-11-01T08:00:00Z'),
    );
    expect(due).toEqual({ dueBy: DEADLINE, source: 'department-deadline', overdue: true });
  });

  it('should ignore another department’s deadline when the department has announced none', () => {
    const due = contributionDue(
      'social-psychiatry',
      schedule({ deadlines: [{ department: 'health-coordinator', deadline: DEADLINE }] }),
      new Date('2026-11-26T08:00:00Z'),
    );
    expect(due.source).toBe('meeting-start');
  });
});
