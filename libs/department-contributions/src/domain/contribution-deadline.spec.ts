import { contributionScheduleFor, DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from './contribution-deadline';
import { ContributionTask } from './contribution-task.aggregate';

const MEETING_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const OTHER_MEETING_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const schedule = (
  startsAt = '2026-11-30T08:00:00.000Z',
  overrides: Partial<typeof DEFAULT_CONTRIBUTION_DEADLINE_POLICY> = {},
) =>
  contributionScheduleFor(
    { meetingId: MEETING_ID, startsAt: new Date(startsAt) },
    { ...DEFAULT_CONTRIBUTION_DEADLINE_POLICY, ...overrides },
  );

const openedTask = (overrides: Partial<Parameters<typeof ContributionTask.open>[0]> = {}) => {
  const task = ContributionTask.open({
    caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    caseType: 'resource-programme',
    now: new Date('2026-11-16T09:00:00Z'),
    ...overrides,
  });
  task.pullEvents();
  return task;
};

describe('contribution deadline', () => {
  it('should fall three working days before the meeting when the default policy applies', () => {
    // Monday 30 November → Wednesday 25 November; reminder from Tuesday 24 November.
    const result = schedule();
    expect(result.deadline.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(result.remindFrom.toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('should follow the configured number of working days when the policy is changed', () => {
    expect(schedule('2026-11-30T08:00:00.000Z', { deadlineWorkingDays: 5 }).deadline.toISOString()).toBe(
      '2026-11-23T08:00:00.000Z',
    );
  });

  it('should have no deadline when the task is opened by a referral before scheduling', () => {
    const task = openedTask();
    expect(task.snapshot().schedule).toBeNull();
    expect(task.checkDeadline(new Date('2027-01-01T00:00:00Z'))).toBe('nothing-due');
    expect(task.pullEvents()).toEqual([]);
  });

  it('should take the deadline at once when the case was scheduled before the referral arrived', () => {
    const task = ContributionTask.open({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'resource-programme',
      now: new Date('2026-11-16T09:00:00Z'),
      schedule: schedule(),
    });
    expect(task.snapshot().schedule?.deadline.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['opened', 'deadline-set']);
  });

  it('should set the deadline when the case is scheduled', () => {
    const task = openedTask();
    expect(task.scheduleDeadline(schedule())).toBe(true);
    expect(task.snapshot().schedule).toMatchObject({
      meetingId: MEETING_ID,
      deadline: new Date('2026-11-25T08:00:00.000Z'),
    });
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['deadline-set']);
  });

  it('should change nothing when the same scheduling arrives twice', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.pullEvents();
    expect(task.scheduleDeadline(schedule())).toBe(false);
    expect(task.pullEvents()).toEqual([]);
  });

  it('should move the deadline when the case is re-scheduled on another meeting', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.scheduleDeadline(
      contributionScheduleFor(
        { meetingId: OTHER_MEETING_ID, startsAt: new Date('2026-12-07T08:00:00.000Z') },
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
      ),
    );
    expect(task.snapshot().schedule).toMatchObject({
      meetingId: OTHER_MEETING_ID,
      deadline: new Date('2026-12-02T08:00:00.000Z'),
    });
  });

  it('should announce the reminder once when the reminder day has come and nothing is submitted', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.pullEvents();
    expect(task.checkDeadline(new Date('2026-11-24T08:00:00.000Z'))).toBe('reminder-due');
    expect(task.checkDeadline(new Date('2026-11-24T12:00:00.000Z'))).toBe('nothing-due');
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['reminder-due']);
  });

  it('should announce nothing when the reminder day has not come yet', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    expect(task.checkDeadline(new Date('2026-11-24T07:59:59.999Z'))).toBe('nothing-due');
  });

  it('should announce overdue once when the deadline passes without a submission', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.checkDeadline(new Date('2026-11-24T09:00:00.000Z'));
    task.pullEvents();
    expect(task.checkDeadline(new Date('2026-11-25T08:00:00.000Z'))).toBe('overdue');
    expect(task.checkDeadline(new Date('2026-11-26T08:00:00.000Z'))).toBe('nothing-due');
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['overdue']);
    expect(task.snapshot().overdueAnnouncedAt).toEqual(new Date('2026-11-25T08:00:00.000Z'));
  });

  it('should announce only overdue when the first check comes after the deadline', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.pullEvents();
    expect(task.checkDeadline(new Date('2026-11-27T08:00:00.000Z'))).toBe('overdue');
    expect(task.checkDeadline(new Date('2026-11-27T08:00:00.000Z'))).toBe('nothing-due');
    expect(task.pullEvents().map((event) => event.kind)).toEqual(['overdue']);
  });

  it('should announce nothing when the contribution was submitted before the deadline', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.submit({ content: { assessment: 'Done.' }, submittedBy: 'hc-42', now: new Date('2026-11-20T08:00:00.000Z') });
    task.pullEvents();
    expect(task.checkDeadline(new Date('2026-11-30T08:00:00.000Z'))).toBe('nothing-due');
    expect(task.pullEvents()).toEqual([]);
  });

  it('should remind and announce overdue again when a re-scheduling moves the deadline', () => {
    const task = openedTask();
    task.scheduleDeadline(schedule());
    task.checkDeadline(new Date('2026-11-25T09:00:00.000Z'));
    task.scheduleDeadline(
      contributionScheduleFor(
        { meetingId: OTHER_MEETING_ID, startsAt: new Date('2026-12-07T08:00:00.000Z') },
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
      ),
    );
    task.pullEvents();
    expect(task.snapshot()).toMatchObject({ reminderAnnouncedAt: null, overdueAnnouncedAt: null });
    expect(task.checkDeadline(new Date('2026-11-26T09:00:00.000Z'))).toBe('nothing-due');
    expect(task.checkDeadline(new Date('2026-12-01T09:00:00.000Z'))).toBe('reminder-due');
    expect(task.checkDeadline(new Date('2026-12-02T09:00:00.000Z'))).toBe('overdue');
  });
});
