import {
  CompanyConsultantPlanItemProgressReported,
  HealthCoordinatorPlanItemProgressReported,
  PlanAdopted,
  SocialPsychiatryPlanItemProgressReported,
} from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { type ErrorBody, type MeetingHarness, startMeeting } from './meeting.harness';
import {
  aPlan,
  aPlanItem,
  aProgressReport,
  type PlanAdoptedPayload,
  type PlanBody,
  recommendedCase,
  unknownId,
} from './plan.support';

describe('the one plan (indsatsdel) over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  const planPath = (meetingId: string, caseId: string) => `/api/meetings/${meetingId}/cases/${caseId}/plan`;
  const plansAdopted = (caseId: string) =>
    harness.publishedOfType(PlanAdopted.type, caseId).map((envelope) => envelope.payload as PlanAdoptedPayload);

  it('should adopt version 1, publish meeting.plan-adopted and show it when a programme is recommended', async () => {
    const { caseId, meetingId } = await recommendedCase(harness);

    const adopted = await harness.request<PlanBody>('POST', planPath(meetingId, caseId), aPlan());

    expect(adopted.status).toBe(201);
    expect(adopted.body).toMatchObject({
      caseId,
      meetingId,
      municipality: '101',
      version: 1,
      outcome: 'resource-programme',
      employmentGoal: 'Ordinært job i detailhandlen på 25 timer om ugen',
      earlierVersions: [],
    });
    expect(adopted.body.items.map((item) => [item.department, item.status, item.latestProgress])).toEqual([
      ['company-consultant', 'not-started', null],
      ['health-coordinator', 'not-started', null],
    ]);
    const published = await eventually(() => Promise.resolve(plansAdopted(caseId)[0]), { what: 'plan-adopted' });
    expect(published).toMatchObject({ planId: adopted.body.planId, version: 1, meetingId, adoptedBy: 'chair-1' });
    expect(published.items.map((item) => item.itemId)).toEqual(adopted.body.items.map((item) => item.itemId));
    expect((await harness.request<PlanBody>('GET', `/api/cases/${caseId}/plan`)).body).toEqual(adopted.body);
  });

  it('should publish version 2 keeping the kept item when the plan is changed', async () => {
    const { caseId, meetingId } = await recommendedCase(harness, 'flex-job');
    const first = await harness.request<PlanBody>('POST', planPath(meetingId, caseId), aPlan());
    const kept = first.body.items[0];

    const second = await harness.request<PlanBody>(
      'POST',
      planPath(meetingId, caseId),
      aPlan({
        employmentGoal: 'Fleksjob på 15 timer om ugen',
        items: [
          { itemId: kept.itemId, ...aPlanItem() },
          aPlanItem({ department: 'social-psychiatry', ownerId: 'social-2' }),
        ],
      }),
    );

    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ planId: first.body.planId, version: 2, earlierVersions: [{ version: 1 }] });
    expect(second.body.items[0].itemId).toBe(kept.itemId);
    const versions = await eventually(
      () => Promise.resolve(plansAdopted(caseId).length === 2 && plansAdopted(caseId)),
      { what: 'two plan-adopted events' },
    );
    expect(versions.map((payload) => payload.version).sort()).toEqual([1, 2]);
    expect(await harness.query('SELECT version FROM $schema.joint_plan_version ORDER BY version')).toEqual(
      expect.arrayContaining([{ version: 1 }, { version: 2 }]),
    );
  });

  it('should answer 400 naming the fields when the body is malformed', async () => {
    const { caseId, meetingId } = await recommendedCase(harness);

    const refused = await harness.request<ErrorBody>('POST', planPath(meetingId, caseId), {
      employmentGoal: ' ',
      items: [aPlanItem({ department: 'library', startsOn: '04-01-2027' })],
      adoptedBy: 'chair-1',
    });

    expect(refused.status).toBe(400);
    const fields = refused.body.errors?.map((error) => error.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['employmentGoal', 'items.0.department', 'items.0.startsOn']));
  });

  it('should answer 400 when the plan has no items', async () => {
    const { caseId, meetingId } = await recommendedCase(harness);
    const refused = await harness.request<ErrorBody>('POST', planPath(meetingId, caseId), aPlan({ items: [] }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.field)).toContain('items');
  });

  it('should refuse with 422 and store nothing when an item ends before it starts', async () => {
    const { caseId, meetingId } = await recommendedCase(harness);

    const refused = await harness.request<ErrorBody>(
      'POST',
      planPath(meetingId, caseId),
      aPlan({ items: [aPlanItem({ startsOn: '2027-03-01', endsOn: '2027-02-28' })] }),
    );

    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('items[0].endsOn must not be before its startsOn.');
    expect(await harness.query('SELECT * FROM $schema.joint_plan WHERE case_id = $1', [caseId])).toEqual([]);
    expect(plansAdopted(caseId)).toEqual([]);
  });

  it('should refuse with 422 when disability pension is recommended', async () => {
    const { caseId, meetingId } = await recommendedCase(harness, 'disability-pension');
    const refused = await harness.request<ErrorBody>('POST', planPath(meetingId, caseId), aPlan());
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/not for disability-pension/);
  });

  it('should refuse with 422 when the team has not adopted a recommendation', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);
    const refused = await harness.request<ErrorBody>('POST', planPath(meetingId, caseId), aPlan());
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/not adopted a recommendation/);
  });

  it('should answer 404 when the case has no plan', async () => {
    expect((await harness.request('GET', `/api/cases/${unknownId()}/plan`)).status).toBe(404);
  });

  it('should show the latest report and the history when reports arrive out of order', async () => {
    const { caseId, meetingId } = await recommendedCase(harness);
    const plan = (await harness.request<PlanBody>('POST', planPath(meetingId, caseId), aPlan())).body;
    const [internship, treatment] = plan.items;
    const onInternship = { caseId, planId: plan.planId, itemId: internship.itemId };

    await harness.publish(
      CompanyConsultantPlanItemProgressReported,
      aProgressReport({
        ...onInternship,
        status: 'completed',
        reportedAt: '2027-03-31T12:00:00.000Z',
        note: 'Afsluttet',
      }),
      caseId,
    );
    await harness.publish(
      CompanyConsultantPlanItemProgressReported,
      aProgressReport({ ...onInternship, status: 'started', reportedAt: '2027-01-05T09:00:00.000Z' }),
      caseId,
    );
    // Another department reporting on the company consultant's item does not count for it.
    await harness.publish(
      SocialPsychiatryPlanItemProgressReported,
      aProgressReport({ ...onInternship, status: 'stopped', reportedBy: 'social-2' }),
      caseId,
    );
    await harness.publish(
      HealthCoordinatorPlanItemProgressReported,
      aProgressReport({ caseId, planId: plan.planId, itemId: treatment.itemId, reportedBy: 'hc-4' }),
      caseId,
    );

    const shown = await eventually(
      async () => {
        const { body } = await harness.request<PlanBody>('GET', `/api/cases/${caseId}/plan`);
        return body.items[0].history.length === 2 && body.items[1].history.length === 1 && body;
      },
      { what: 'the reports on the plan' },
    );
    expect(shown.items[0]).toMatchObject({
      status: 'completed',
      latestProgress: { status: 'completed', note: 'Afsluttet', reportedBy: 'company-1' },
    });
    expect(shown.items[0].history.map((entry) => entry.status)).toEqual(['completed', 'started']);
    expect(shown.items[1].status).toBe('started');
  });

  it('should keep a report without a dead letter when its plan is unknown', async () => {
    const caseId = unknownId();
    const planId = unknownId();

    await harness.publish(
      HealthCoordinatorPlanItemProgressReported,
      aProgressReport({ caseId, planId, itemId: unknownId(), reportedBy: 'hc-4' }),
      caseId,
    );

    const rows = await eventually(
      async () => {
        const found = await harness.query<{ department: string; municipality: string }>(
          'SELECT department, municipality FROM $schema.plan_item_progress WHERE plan_id = $1',
          [planId],
        );
        return found.length > 0 && found;
      },
      { what: 'the report to be kept' },
    );
    expect(rows).toEqual([{ department: 'health-coordinator', municipality: '101' }]);
    expect(await harness.query('SELECT * FROM $schema.dead_letter')).toEqual([]);
    expect((await harness.request('GET', `/api/cases/${caseId}/plan`)).status).toBe(404);
  });
});
