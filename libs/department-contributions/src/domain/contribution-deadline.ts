import { workingDaysBefore } from './working-days';

/** How far ahead of the meeting a department must deliver, and when it is reminded. */
export interface ContributionDeadlinePolicy {
  /** Working days before the meeting the contribution is due. */
  deadlineWorkingDays: number;
  /** Working days before the deadline the department is reminded. */
  reminderWorkingDays: number;
}

export const DEFAULT_CONTRIBUTION_DEADLINE_POLICY: ContributionDeadlinePolicy = {
  deadlineWorkingDays: 3,
  reminderWorkingDays: 1,
};

/** The meeting a case is scheduled on, and what that means for the department's contribution. */
export interface ContributionSchedule {
  meetingId: string;
  meetingStartsAt: Date;
  deadline: Date;
  /** From when a reminder is due, if nothing has been submitted by then. */
  remindFrom: Date;
}

export function contributionScheduleFor(
  meeting: { meetingId: string; startsAt: Date },
  policy: ContributionDeadlinePolicy,
): ContributionSchedule {
  const deadline = workingDaysBefore(meeting.startsAt, policy.deadlineWorkingDays);
  return {
    meetingId: meeting.meetingId,
    meetingStartsAt: meeting.startsAt,
    deadline,
    remindFrom: workingDaysBefore(deadline, policy.reminderWorkingDays),
  };
}
