import { CONTRIBUTION_DEADLINE_EVENTS, type Department } from '@rehab/contracts';

/** The departments that contribute before a deadline and announce it when overdue. */
export type DeadlineDepartment = keyof typeof CONTRIBUTION_DEADLINE_EVENTS;
export const DEADLINE_DEPARTMENTS = Object.keys(CONTRIBUTION_DEADLINE_EVENTS) as DeadlineDepartment[];

export interface OverdueCount {
  department: Department;
  /** Contributions announced overdue. */
  overdue: number;
  /** Of those, the ones the meeting service has still not received. */
  stillMissing: number;
}

/** Every deadline department once, in the usual order, with zero where nothing was overdue. */
export function overdueByDepartment(counted: readonly OverdueCount[]): OverdueCount[] {
  const known = DEADLINE_DEPARTMENTS.map(
    (department) =>
      counted.find((count) => count.department === department) ?? { department, overdue: 0, stillMissing: 0 },
  );
  const others = counted.filter((count) => !(DEADLINE_DEPARTMENTS as readonly string[]).includes(count.department));
  return [...known, ...others];
}
