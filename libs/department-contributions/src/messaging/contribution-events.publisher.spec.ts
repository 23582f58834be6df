import { HealthAssessmentSubmitted, type PayloadOf } from '@rehab/contracts';
import type { Outbox } from '@rehab/messaging';
import type { DepartmentContribution, SubmittedContribution } from '../department-contribution';
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
});
