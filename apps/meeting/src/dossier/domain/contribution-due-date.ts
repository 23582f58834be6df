import type { Department } from '@rehab/contracts';

/** A deadline a department announced for its contribution to the case at one meeting. */
export interface AnnouncedDeadline {
  department: Department;
  deadline: Date;
}

/** The meeting a case waits on, and what the departments announced about their deadlines for it. */
export interface ContributionDeadlines {
  startsAt: Date;
  /** The deadlines the departments set (working days before the meeting, by their own rule). */
  deadlines: readonly AnnouncedDeadline[];
  /** The deadlines the departments announced as missed. */
  overdue: readonly AnnouncedDeadline[];
}

export type DueDateSource = 'department-deadline' | 'meeting-start';

export interface ContributionDue {
  dueBy: Date;
  source: DueDateSource;
  overdue: boolean;
}

/**
 * By when a missing contribution is due. The department's own deadline counts once it announced
 * it (set, or missed); until then the latest possible moment is the meeting's start. The
 * contribution is overdue once its department said so, or its announced deadline has passed,
 * whichever the meeting service learns first.
 */
export function contributionDue(department: Department, schedule: ContributionDeadlines, now: Date): ContributionDue {
  const set = schedule.deadlines.find((announced) => announced.department === department) ?? null;
  const missed = schedule.overdue.find((announced) => announced.department === department) ?? null;
  const departmentDeadline = set?.deadline ?? missed?.deadline ?? null;
  if (departmentDeadline === null) {
    return { dueBy: schedule.startsAt, source: 'meeting-start', overdue: false };
  }
  return {
    dueBy: departmentDeadline,
    source: 'department-deadline',
    overdue: missed !== null || now.getTime() >= departmentDeadline.getTime(),
  };
}
