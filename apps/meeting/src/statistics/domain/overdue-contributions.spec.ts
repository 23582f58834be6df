import { overdueByDepartment, type OverdueCount } from './overdue-contributions';

const count = (overrides: Partial<OverdueCount> = {}): OverdueCount => ({
  department: 'company-consultant',
  overdue: 2,
  stillMissing: 1,
  ...overrides,
});

describe('overdue contributions per department', () => {
  it('should show every deadline department in order with zero when only one had overdue contributions', () => {
    expect(overdueByDepartment([count()])).toEqual([
      { department: 'health-coordinator', overdue: 0, stillMissing: 0 },
      { department: 'social-psychiatry', overdue: 0, stillMissing: 0 },
      { department: 'company-consultant', overdue: 2, stillMissing: 1 },
    ]);
  });

  it('should keep a department outside the deadline departments when it announced overdue contributions', () => {
    expect(overdueByDepartment([count({ department: 'job-centre', overdue: 1 })]).at(-1)).toEqual({
      department: 'job-centre',
      overdue: 1,
      stillMissing: 1,
    });
  });
});
