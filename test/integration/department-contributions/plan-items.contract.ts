import { randomUUID } from 'node:crypto';
import { type PayloadOf, PlanAdopted, Topics } from '@rehab/contracts';
import { socialPsychiatryService } from '../../../apps/social-psychiatry/src/service-definition';
import { eventually } from '../../support/environment';
import type { DepartmentHarness, StartDepartment } from './department-contributions.harness';

interface CasePlanItems {
  planVersion: number;
  employmentGoal: string;
  items: { itemId: string; description: string; status: string; progress: { status: string; note: string | null }[] }[];
}

interface WorkListLine {
  itemId: string;
  caseId: string;
  status: string;
}

interface ErrorBody {
  message: string;
  errors?: { field: string }[];
}

type PlanItem = PayloadOf<typeof PlanAdopted>['items'][number];

function aPlanItem(overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    itemId: randomUUID(),
    department: 'social-psychiatry',
    description: 'Socio-pedagogical support twice a week.',
    ownerId: 'sp-4',
    startsOn: '2027-01-11',
    endsOn: '2027-06-30',
    ...overrides,
  };
}

function anAdoptedPlan(overrides: Partial<PayloadOf<typeof PlanAdopted>> = {}): PayloadOf<typeof PlanAdopted> {
  return {
    caseId: randomUUID(),
    planId: randomUUID(),
    meetingId: randomUUID(),
    version: 1,
    employmentGoal: 'Ten hours a week in a shop.',
    items: [
      aPlanItem(),
      aPlanItem({ department: 'job-centre', description: 'Internship in a shop.', ownerId: 'jc-9' }),
      aPlanItem({ department: 'health-coordinator', description: 'Pain management course.', ownerId: 'hc-2' }),
    ],
    adoptedBy: 'chair-1',
    adoptedAt: '2027-01-04T10:00:00.000Z',
    ...overrides,
  };
}

/** A department receives its items of the joint plan and reports progress on them; run once per transport. */
export function planItemsContract(startDepartment: StartDepartment): void {
  let service: DepartmentHarness;

  beforeAll(async () => {
    service = await startDepartment(socialPsychiatryService, Topics.socialPsychiatryContributions);
  });

  afterAll(async () => {
    await service.close();
  });

  const adopt = async (plan: PayloadOf<typeof PlanAdopted>, municipality = '101') => {
    await service.publish(PlanAdopted, plan, { caseId: plan.caseId, personId: randomUUID(), municipality });
  };

  const planItemsOf = async (caseId: string, version = 1) =>
    eventually(
      async () => {
        const response = await service.request<CasePlanItems>('GET', `/api/cases/${caseId}/plan-items`);
        return response.status === 200 && response.body.planVersion === version ? response.body : undefined;
      },
      { what: `version ${version} of the plan to arrive` },
    );

  const report = (itemId: string, body: Record<string, unknown>) =>
    service.request<ErrorBody & { status: string }>('POST', `/api/plan-items/${itemId}/progress`, body);

  const progressEvents = (caseId: string) =>
    service.published.filter(
      (event) => event.caseId === caseId && event.type === 'social-psychiatry.plan-item-progress-reported',
    );

  it('should keep only the department’s own items when a plan is adopted', async () => {
    const plan = anAdoptedPlan();
    await adopt(plan);
    const received = await planItemsOf(plan.caseId);
    expect(received.employmentGoal).toBe('Ten hours a week in a shop.');
    expect(received.items).toEqual([
      expect.objectContaining({ itemId: plan.items[0]?.itemId, status: 'not-started', progress: [] }),
    ]);
  });

  it('should list the items in the municipality’s work list only when the municipality matches', async () => {
    const plan = anAdoptedPlan();
    const elsewhere = anAdoptedPlan();
    await adopt(plan);
    await adopt(elsewhere, '851');
    await planItemsOf(plan.caseId);
    await planItemsOf(elsewhere.caseId);
    const workList = await service.request<WorkListLine[]>(
      'GET',
      '/api/plan-items?municipality=101&status=not-started',
    );
    expect(workList.status).toBe(200);
    expect(workList.body.map((line) => line.caseId)).toContain(plan.caseId);
    expect(workList.body.map((line) => line.caseId)).not.toContain(elsewhere.caseId);
    const started = await service.request<WorkListLine[]>('GET', '/api/plan-items?municipality=101&status=started');
    expect(started.body.map((line) => line.caseId)).not.toContain(plan.caseId);
  });

  it('should refuse the work list with a 400 naming the field when the municipality is missing', async () => {
    const response = await service.request<ErrorBody>('GET', '/api/plan-items?status=started');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('municipality');
  });

  it('should replace the items when a newer version arrives and ignore an older one arriving late', async () => {
    const plan = anAdoptedPlan();
    const replacement = aPlanItem({ description: 'Housing support.' });
    await adopt(plan);
    await planItemsOf(plan.caseId);
    await adopt({ ...plan, version: 3, items: [replacement] });
    await planItemsOf(plan.caseId, 3);
    await adopt({ ...plan, version: 2, items: [aPlanItem({ description: 'Outdated wording.' })] });
    // A marker version after the late one shows that the late one has been handled.
    await adopt({ ...plan, version: 4, items: [replacement, aPlanItem({ description: 'Abuse treatment.' })] });
    const latest = await planItemsOf(plan.caseId, 4);
    expect(latest.items.map((item) => item.description)).toEqual(['Housing support.', 'Abuse treatment.']);
  });

  it('should record the progress with its history and publish it when progress is reported', async () => {
    const plan = anAdoptedPlan();
    await adopt(plan);
    await planItemsOf(plan.caseId);
    const itemId = plan.items[0]?.itemId ?? '';
    const started = await report(itemId, { status: 'started', note: 'First visit done.', reportedBy: 'sp-4' });
    expect(started.status).toBe(201);
    expect((await report(itemId, { status: 'completed', reportedBy: 'sp-4' })).status).toBe(201);

    const item = (await planItemsOf(plan.caseId)).items[0];
    expect(item?.status).toBe('completed');
    expect(item?.progress.map((entry) => [entry.status, entry.note])).toEqual([
      ['started', 'First visit done.'],
      ['completed', null],
    ]);
    const events = await eventually(
      () => Promise.resolve(progressEvents(plan.caseId).length >= 2 ? progressEvents(plan.caseId) : undefined),
      { what: 'both progress reports to be relayed' },
    );
    expect(events[0]).toMatchObject({
      municipality: '101',
      payload: {
        caseId: plan.caseId,
        planId: plan.planId,
        itemId,
        status: 'started',
        note: 'First visit done.',
        reportedBy: 'sp-4',
      },
    });
  });

  it('should refuse with a 422 and record nothing when a completed item is reported started again', async () => {
    const plan = anAdoptedPlan();
    await adopt(plan);
    await planItemsOf(plan.caseId);
    const itemId = plan.items[0]?.itemId ?? '';
    await report(itemId, { status: 'completed', reportedBy: 'sp-4' });
    const refused = await report(itemId, { status: 'started', reportedBy: 'sp-4' });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('already completed');
    expect((await planItemsOf(plan.caseId)).items[0]?.progress).toHaveLength(1);
  });

  it('should answer 404 when the item is unknown or another department’s', async () => {
    const plan = anAdoptedPlan();
    await adopt(plan);
    await planItemsOf(plan.caseId);
    expect((await report(randomUUID(), { status: 'started', reportedBy: 'sp-4' })).status).toBe(404);
    expect((await report(plan.items[1]?.itemId ?? '', { status: 'started', reportedBy: 'sp-4' })).status).toBe(404);
  });

  it('should answer 400 naming the fields when the status is unknown and the reporter missing', async () => {
    const response = await report(randomUUID(), { status: 'almost-done' });
    expect(response.status).toBe(400);
    const fields = (response.body.errors ?? []).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'reportedBy']));
  });
}
