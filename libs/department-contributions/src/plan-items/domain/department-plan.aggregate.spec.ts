import { DomainError } from '@rehab/platform';
import { type AdoptedPlan, type AdoptedPlanItem, DepartmentPlan } from './department-plan.aggregate';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';
const ITEM_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const OTHER_ITEM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const NOW = new Date('2027-01-11T09:00:00.000Z');

const anItem = (overrides: Partial<AdoptedPlanItem> = {}): AdoptedPlanItem => ({
  itemId: ITEM_ID,
  department: 'social-psychiatry',
  description: 'Socio-pedagogical support twice a week.',
  ownerId: 'sp-4',
  startsOn: '2027-01-04',
  endsOn: '2027-06-30',
  ...overrides,
});

const anAdoptedPlan = (overrides: Partial<AdoptedPlan> = {}): AdoptedPlan => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  planId: '0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
  planVersion: 1,
  meetingId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
  employmentGoal: 'Ten hours a week in a shop.',
  adoptedAt: new Date('2027-01-04T10:00:00.000Z'),
  items: [anItem(), anItem({ itemId: OTHER_ITEM_ID, department: 'job-centre', description: 'Internship.' })],
  ...overrides,
});

const received = (plan: AdoptedPlan = anAdoptedPlan()) => {
  const departmentPlan = DepartmentPlan.receive(plan, 'social-psychiatry');
  departmentPlan.pullEvents();
  return departmentPlan;
};

const refusal = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected a DomainError');
};

describe('DepartmentPlan', () => {
  it('should keep only the department’s own items, not started, when a plan is received', () => {
    const plan = DepartmentPlan.receive(anAdoptedPlan(), 'social-psychiatry');
    expect(plan.snapshot().items).toEqual([
      expect.objectContaining({ itemId: ITEM_ID, status: 'not-started', progress: [] }),
    ]);
    expect(plan.pullEvents()).toEqual([{ kind: 'plan-received', planVersion: 1 }]);
  });

  it('should keep the plan with no items when none of them are the department’s', () => {
    const plan = DepartmentPlan.receive(anAdoptedPlan(), 'company-consultant');
    expect(plan.snapshot().items).toEqual([]);
    expect(plan.snapshot().planVersion).toBe(1);
  });

  it('should replace the items when a newer version arrives', () => {
    const plan = received();
    const newItem = anItem({ itemId: OTHER_ITEM_ID, department: 'social-psychiatry', description: 'Housing support.' });
    expect(plan.replaceWith(anAdoptedPlan({ planVersion: 2, items: [newItem] }))).toBe(true);
    expect(plan.snapshot()).toMatchObject({
      planVersion: 2,
      items: [{ itemId: OTHER_ITEM_ID, description: 'Housing support.' }],
    });
  });

  it('should keep the progress of an item that stays when a newer version arrives', () => {
    const plan = received();
    plan.reportProgress({ itemId: ITEM_ID, status: 'started', reportedBy: 'sp-4', now: NOW });
    plan.replaceWith(anAdoptedPlan({ planVersion: 2, items: [anItem({ endsOn: '2027-09-30' })] }));
    expect(plan.item(ITEM_ID)).toMatchObject({
      status: 'started',
      endsOn: '2027-09-30',
      progress: [{ status: 'started' }],
    });
  });

  it('should change nothing when an older or the same version arrives late', () => {
    const plan = received(anAdoptedPlan({ planVersion: 3 }));
    expect(plan.replaceWith(anAdoptedPlan({ planVersion: 2, items: [anItem({ description: 'Old wording.' })] }))).toBe(
      false,
    );
    expect(plan.replaceWith(anAdoptedPlan({ planVersion: 3, items: [anItem({ description: 'Again.' })] }))).toBe(false);
    expect(plan.snapshot()).toMatchObject({
      planVersion: 3,
      items: [{ description: 'Socio-pedagogical support twice a week.' }],
    });
    expect(plan.pullEvents()).toEqual([]);
  });

  it('should record the progress and keep the history when progress is reported', () => {
    const plan = received();
    plan.reportProgress({
      itemId: ITEM_ID,
      status: 'started',
      note: '  First visit done. ',
      reportedBy: 'sp-4',
      now: NOW,
    });
    const later = new Date('2027-03-01T09:00:00.000Z');
    const progress = plan.reportProgress({ itemId: ITEM_ID, status: 'completed', reportedBy: 'sp-4', now: later });
    expect(progress).toMatchObject({ itemId: ITEM_ID, status: 'completed', note: null, reportedAt: later });
    expect(plan.item(ITEM_ID)?.status).toBe('completed');
    expect(plan.item(ITEM_ID)?.progress.map((report) => [report.status, report.note])).toEqual([
      ['started', 'First visit done.'],
      ['completed', null],
    ]);
    expect(plan.pullEvents().map((event) => event.kind)).toEqual(['progress-reported', 'progress-reported']);
  });

  it.each([
    ['completed', 'started'],
    ['completed', 'not-started'],
    ['stopped', 'started'],
    ['stopped', 'not-started'],
  ] as const)('should refuse with a rule violation when a %s item is reported %s', (finished, earlier) => {
    const plan = received();
    plan.reportProgress({ itemId: ITEM_ID, status: finished, reportedBy: 'sp-4', now: NOW });
    const error = refusal(() =>
      plan.reportProgress({ itemId: ITEM_ID, status: earlier, reportedBy: 'sp-4', now: NOW }),
    );
    expect(error.kind).toBe('rule-violated');
    expect(error.message).toContain(`already ${finished}`);
    expect(plan.item(ITEM_ID)?.progress).toHaveLength(1);
  });

  it('should allow a finished item to be reported finished again when it was stopped and then completed', () => {
    const plan = received();
    plan.reportProgress({ itemId: ITEM_ID, status: 'stopped', reportedBy: 'sp-4', now: NOW });
    expect(plan.reportProgress({ itemId: ITEM_ID, status: 'completed', reportedBy: 'sp-4', now: NOW }).status).toBe(
      'completed',
    );
  });

  it('should refuse as not found when the item is not the department’s', () => {
    const plan = received();
    const error = refusal(() =>
      plan.reportProgress({ itemId: OTHER_ITEM_ID, status: 'started', reportedBy: 'sp-4', now: NOW }),
    );
    expect(error.kind).toBe('not-found');
  });
});
