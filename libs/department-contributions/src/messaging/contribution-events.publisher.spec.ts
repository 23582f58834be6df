import {
  HealthAssessmentSubmitted,
  HealthCoordinatorContributionDeadlineSet,
  HealthCoordinatorContributionOverdue,
  HealthCoordinatorContributionReminderDue,
  type PayloadOf,
} from '@rehab/contracts';
import type { Outbox } from '@rehab/messaging';
import type { DepartmentContribution, SubmittedContribution } from '../department-contribution';
import { contributionScheduleFor, DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from '../domain/contribution-deadline';
import { ContributionTask } from '../domain/contribution-task.aggregate';
import { ContributionEventsPublisher } from './contribution-events.publisher';

interface HealthContent {
  assessment: string;
  workImplications: string;
  treatmentOptions: string;
}

const healthContribution: DepartmentContribution<HealthContent, typeof HealthAssessmentSubmitted> = {
  department: 'health-coordinator',
  name: 'health assessment',
  content: class {
    assessment!: string;
    workImplications!: string;
    treatmentOptions!: string;
  },
  submittedEvent: HealthAssessmentSubmitted,
  toSubmittedPayload: ({ content, ...fields }: SubmittedContribution<HealthContent>): PayloadOf<typeof HealthAssessmentSubmitted> => ({
    ...fields,
    ...content,
  }),
};

const openedTask = () =>
  ContributionTask.open({
    caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    caseType: 'disability-pension',
    now: new Date('2026-11-01T09:00:00Z'),
  });

describe('ContributionEventsPublisher', () => {
  const outbox = { publish: jest.fn() };
  const publisher = new ContributionEventsPublisher(outbox as unknown as Outbox, healthContribution);

  beforeEach(() => outbox.publish.mockReset());

  it('should publish the department event for the case and its pseudonymous person when a version is submitted', async () => {
    const task = openedTask();
    const submitted = task.submit({
      content: { assessment: 'Documented.', workImplications: 'None for now.', treatmentOptions: 'Exhausted.' },
      submittedBy: 'hc-42',
      now: new Date('2026-11-03T10:00:00Z'),
    });
    await publisher.publish(task, task.pullEvents());
    expect(outbox.publish).toHaveBeenCalledTimes(1);
    expect(outbox.publish).toHaveBeenCalledWith(
      HealthAssessmentSubmitted,
      {
        caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
        contributionId: submitted.contributionId,
        version: 1,
        assessment: 'Documented.',
        workImplications: 'None for now.',
        treatmentOptions: 'Exhausted.',
        submittedBy: 'hc-42',
        submittedAt: '2026-11-03T10:00:00.000Z',
      },
      { caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b', subjectId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c', municipality: '101' },
    );
  });

  it('should publish nothing when a task is opened or a draft is saved', async () => {
    const task = openedTask();
    task.saveDraft({ assessment: 'Half written' }, 'hc-42', new Date());
    await publisher.publish(task, task.pullEvents());
    expect(outbox.publish).not.toHaveBeenCalled();
  });

  it('should carry the reason when a changed version is submitted', async () => {
    const task = openedTask();
    const content = { assessment: 'Documented.', workImplications: 'None for now.', treatmentOptions: 'Exhausted.' };
    task.submit({ content, submittedBy: 'hc-42', now: new Date('2026-11-03T10:00:00Z') });
    task.submit({ content, submittedBy: 'hc-42', reason: 'New hospital records.', now: new Date('2026-11-04T10:00:00Z') });
    await publisher.publish(task, task.pullEvents());
    const payloads = (outbox.publish.mock.calls as [unknown, PayloadOf<typeof HealthAssessmentSubmitted>][]).map((call) => call[1]);
    expect(payloads.map((payload) => payload.reason)).toEqual([undefined, 'New hospital records.']);
    expect(HealthAssessmentSubmitted.payload.parse(payloads[1]).reason).toBe('New hospital records.');
  });

  it('should announce the deadline with its due date when the task opens for a scheduled case and when the case moves', async () => {
    const first = contributionScheduleFor(
      { meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', startsAt: new Date('2026-11-30T08:00:00.000Z') },
      DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
    );
    const task = ContributionTask.open({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
      caseType: 'disability-pension',
      now: new Date('2026-11-01T09:00:00Z'),
      schedule: first,
    });
    task.scheduleDeadline(
      contributionScheduleFor(
        { meetingId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', startsAt: new Date('2026-12-07T08:00:00.000Z') },
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
      ),
    );
    await publisher.publish(task, task.pullEvents());
    type DeadlineSetPayload = PayloadOf<typeof HealthCoordinatorContributionDeadlineSet>;
    const calls = outbox.publish.mock.calls as [unknown, DeadlineSetPayload, unknown][];
    expect(calls.map((call) => call[0])).toEqual([
      HealthCoordinatorContributionDeadlineSet,
      HealthCoordinatorContributionDeadlineSet,
    ]);
    expect(calls.map((call) => [call[1].meetingId, call[1].deadline])).toEqual([
      ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', '2026-11-25T08:00:00.000Z'],
      ['1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', '2026-12-02T08:00:00.000Z'],
    ]);
    expect(calls[0][2]).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      subjectId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
    });
    expect(HealthCoordinatorContributionDeadlineSet.payload.parse(calls[1][1])).toEqual(calls[1][1]);
  });

  it('should publish the department reminder and overdue events when the deadline checks find them due', async () => {
    const task = openedTask();
    task.scheduleDeadline(
      contributionScheduleFor(
        { meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', startsAt: new Date('2026-11-30T08:00:00.000Z') },
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY,
      ),
    );
    task.pullEvents(); // the deadline's own announcement is covered above
    task.checkDeadline(new Date('2026-11-24T09:00:00Z'));
    task.checkDeadline(new Date('2026-11-25T09:00:00Z'));
    await publisher.publish(task, task.pullEvents());
    const expectedPayload = {
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      contributionId: task.id,
      meetingId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      meetingStartsAt: '2026-11-30T08:00:00.000Z',
      deadline: '2026-11-25T08:00:00.000Z',
    };
    expect((outbox.publish.mock.calls as [unknown, unknown][]).map((call) => [call[0], call[1]])).toEqual([
      [HealthCoordinatorContributionReminderDue, expectedPayload],
      [HealthCoordinatorContributionOverdue, expectedPayload],
    ]);
    expect(HealthCoordinatorContributionOverdue.payload.parse(expectedPayload)).toEqual(expectedPayload);
  });
});
