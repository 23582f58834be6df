import { CompanyConsultantPlanItemProgressReported } from '@rehab/contracts';
import type { Outbox } from '@rehab/messaging';
import { type AdoptedPlan, DepartmentPlan } from '../domain/department-plan.aggregate';
import { PlanItemEventsPublisher } from './plan-item-events.publisher';

const ITEM_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

const anAdoptedPlan = (overrides: Partial<AdoptedPlan> = {}): AdoptedPlan => ({
  caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  planId: '0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
  planVersion: 1,
  meetingId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
  employmentGoal: 'Ten hours a week in a shop.',
  adoptedAt: new Date('2027-01-04T10:00:00.000Z'),
  items: [
    {
      itemId: ITEM_ID,
      department: 'company-consultant',
      description: 'Find an internship in retail.',
      ownerId: 'cc-3',
      startsOn: '2027-01-11',
      endsOn: '2027-02-28',
    },
  ],
  ...overrides,
});

describe('PlanItemEventsPublisher', () => {
  const outbox = { publish: jest.fn() };
  const publisher = new PlanItemEventsPublisher(outbox as unknown as Outbox, 'company-consultant');

  beforeEach(() => outbox.publish.mockReset());

  it('should publish the department’s progress event with a payload the contract accepts when progress is reported', async () => {
    const plan = DepartmentPlan.receive(anAdoptedPlan(), 'company-consultant');
    plan.reportProgress({
      itemId: ITEM_ID,
      status: 'started',
      note: 'Two shops interested.',
      reportedBy: 'cc-3',
      now: new Date('2027-01-12T09:00:00.000Z'),
    });
    await publisher.publish(plan, plan.pullEvents());
    expect(outbox.publish).toHaveBeenCalledTimes(1);
    const [definition, payload, subject] = outbox.publish.mock.calls[0] as [unknown, unknown, unknown];
    expect(definition).toBe(CompanyConsultantPlanItemProgressReported);
    expect(CompanyConsultantPlanItemProgressReported.payload.parse(payload)).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      planId: '0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
      itemId: ITEM_ID,
      status: 'started',
      note: 'Two shops interested.',
      reportedBy: 'cc-3',
      reportedAt: '2027-01-12T09:00:00.000Z',
    });
    expect(subject).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      subjectId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      municipality: '101',
    });
  });

  it('should leave the note out when the report has none', async () => {
    const plan = DepartmentPlan.receive(anAdoptedPlan(), 'company-consultant');
    plan.reportProgress({ itemId: ITEM_ID, status: 'completed', reportedBy: 'cc-3', now: new Date() });
    await publisher.publish(plan, plan.pullEvents());
    const [, payload] = outbox.publish.mock.calls[0] as [unknown, object];
    expect(payload).not.toHaveProperty('note');
  });

  it('should publish nothing when a plan is received', async () => {
    const plan = DepartmentPlan.receive(anAdoptedPlan(), 'company-consultant');
    await publisher.publish(plan, plan.pullEvents());
    expect(outbox.publish).not.toHaveBeenCalled();
  });
});
