import { DomainError } from '@rehab/platform';
import type { AgendaItem, Decision, Recommendation } from '../../meeting/domain/meeting.aggregate';
import { JointPlan, planBasisOf, type PlanBasis, type PlanDraft, type PlanItemDraft } from './joint-plan.aggregate';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const PERSON_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';
const MEETING_ID = '11111111-1111-4111-8111-111111111111';
const NOW = new Date('2026-12-03T10:00:00Z');

const basis = (overrides: Partial<PlanBasis> = {}): PlanBasis => ({
  meetingId: MEETING_ID,
  municipality: '101',
  outcome: 'resource-programme',
  ...overrides,
});

const item = (overrides: Partial<PlanItemDraft> = {}): PlanItemDraft => ({
  department: 'company-consultant',
  description: 'Virksomhedspraktik 10 timer om ugen i detailhandlen',
  ownerId: 'company-1',
  startsOn: '2027-01-04',
  endsOn: '2027-03-31',
  ...overrides,
});

const draft = (overrides: Partial<PlanDraft> = {}): PlanDraft => ({
  employmentGoal: 'Ordinært job i detailhandlen på 25 timer om ugen',
  items: [item(), item({ department: 'health-coordinator', description: 'Smertebehandling', ownerId: 'hc-4' })],
  adoptedBy: 'chair-1',
  ...overrides,
});

const adopt = (planBasis = basis(), planDraft = draft()) =>
  JointPlan.adopt({ caseId: CASE_ID, personId: PERSON_ID }, planBasis, planDraft, NOW);

const refusal = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const recommendation = (overrides: Partial<Recommendation> = {}): Recommendation => ({
  recommendationId: '33333333-3333-4333-8333-333333333333',
  outcome: 'resource-programme',
  text: 'Ressourceforløb',
  adoptedBy: 'chair-1',
  adoptedAt: NOW,
  quorumOverrideReason: null,
  pensionGrounds: null,
  ...overrides,
});

const agendaItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  caseId: CASE_ID,
  personId: PERSON_ID,
  placedAt: NOW,
  late: false,
  educationMemberRequired: false,
  citizen: null,
  recommendation: recommendation(),
  pendingDecision: null,
  decision: null,
  ...overrides,
});

const decision = (overrides: Partial<Decision> = {}): Decision => ({
  decisionId: '44444444-4444-4444-8444-444444444444',
  recommendationId: '33333333-3333-4333-8333-333333333333',
  outcome: 'resource-programme',
  followsRecommendation: true,
  decidedBy: 'dm-1',
  decidedAtMeeting: true,
  decidedAt: NOW,
  deviationReason: null,
  ...overrides,
});

describe('JointPlan', () => {
  it('should adopt version 1 with an employment goal and items with ids when a programme is recommended', () => {
    const plan = adopt();

    const current = plan.current();
    expect(current.version).toBe(1);
    expect(current.employmentGoal).toBe('Ordinært job i detailhandlen på 25 timer om ugen');
    expect(current.items).toHaveLength(2);
    expect(new Set(current.items.map((planItem) => planItem.itemId)).size).toBe(2);
    expect(plan.snapshot().municipality).toBe('101');
    expect(plan.pullEvents()).toEqual([{ kind: 'plan-adopted', version: current }]);
  });

  it.each(['resource-programme', 'job-clarification', 'flex-job', 'self-employed-subsidy'] as const)(
    'should adopt a plan when the recommended outcome is %s',
    (outcome) => {
      expect(adopt(basis({ outcome })).current().outcome).toBe(outcome);
    },
  );

  it('should refuse a plan when disability pension is recommended', () => {
    const error = refusal(() => adopt(basis({ outcome: 'disability-pension' })));
    expect(error.kind).toBe('rule-violated');
    expect(error.message).toMatch(/only when a programme is recommended.*not for disability-pension/);
  });

  it('should refuse a plan when the employment goal is blank', () => {
    expect(refusal(() => adopt(basis(), draft({ employmentGoal: '   ' }))).message).toMatch(/employment goal/);
  });

  it('should refuse a plan when it has no items', () => {
    expect(refusal(() => adopt(basis(), draft({ items: [] }))).message).toMatch(/at least one item/);
  });

  it('should refuse an item when it ends before it starts', () => {
    const error = refusal(() =>
      adopt(basis(), draft({ items: [item(), item({ startsOn: '2027-02-01', endsOn: '2027-01-31' })] })),
    );
    expect(error.message).toBe('items[1].endsOn must not be before its startsOn.');
  });

  it('should accept an item when it starts and ends on the same day', () => {
    expect(adopt(basis(), draft({ items: [item({ startsOn: '2027-02-01', endsOn: '2027-02-01' })] })).version).toBe(1);
  });

  it('should refuse an item when a date is not a calendar date', () => {
    expect(refusal(() => adopt(basis(), draft({ items: [item({ endsOn: '2027-02-30' })] }))).message).toMatch(
      /calendar dates/,
    );
  });

  it('should refuse an item when its owner or description is blank', () => {
    expect(refusal(() => adopt(basis(), draft({ items: [item({ ownerId: ' ' })] }))).message).toMatch(/ownerId/);
    expect(refusal(() => adopt(basis(), draft({ items: [item({ description: '' })] }))).message).toMatch(/description/);
  });

  it('should refuse an item id when it is not an item of the current version', () => {
    const error = refusal(() =>
      adopt(basis(), draft({ items: [item({ itemId: '55555555-5555-4555-8555-555555555555' })] })),
    );
    expect(error.message).toMatch(/not an item of the plan's current version/);
  });

  it('should make version n+1 keeping named items when the plan is revised', () => {
    const plan = adopt();
    plan.pullEvents();
    const [kept] = plan.current().items;

    const revised = plan.revise(
      basis({ meetingId: '66666666-6666-4666-8666-666666666666' }),
      draft({
        employmentGoal: 'Fleksjob på 15 timer',
        items: [{ ...kept }, item({ department: 'social-psychiatry' })],
      }),
      new Date('2027-02-01T10:00:00Z'),
    );

    expect(revised.version).toBe(2);
    expect(plan.version).toBe(2);
    expect(revised.items[0].itemId).toBe(kept.itemId);
    expect(revised.items[1].itemId).not.toBe(kept.itemId);
    expect(plan.snapshot().versions).toHaveLength(2);
    expect(plan.pullEvents()).toEqual([{ kind: 'plan-adopted', version: revised }]);
  });

  it('should refuse a revision when it names one item twice', () => {
    const plan = adopt();
    const [kept] = plan.current().items;
    expect(refusal(() => plan.revise(basis(), draft({ items: [kept, kept] }), NOW)).message).toMatch(/twice/);
  });

  it('should refuse a revision when the meeting belongs to another municipality', () => {
    const plan = adopt();
    expect(refusal(() => plan.revise(basis({ municipality: '147' }), draft(), NOW)).message).toMatch(
      /another municipality/,
    );
  });
});

describe('planBasisOf', () => {
  const meeting = { id: MEETING_ID, municipality: '101' };

  it('should follow the adopted recommendation when the case is on the agenda', () => {
    expect(planBasisOf(meeting, agendaItem({ recommendation: recommendation({ outcome: 'flex-job' }) }))).toEqual({
      meetingId: MEETING_ID,
      municipality: '101',
      outcome: 'flex-job',
    });
  });

  it('should refuse when the case is not on the agenda', () => {
    expect(refusal(() => planBasisOf(meeting, undefined)).message).toMatch(/not on this meeting/);
  });

  it('should refuse when no recommendation has been adopted', () => {
    expect(refusal(() => planBasisOf(meeting, agendaItem({ recommendation: null }))).message).toMatch(
      /not adopted a recommendation/,
    );
  });

  it('should refuse when the decision went against the recommendation', () => {
    const against = agendaItem({ decision: decision({ followsRecommendation: false, deviationReason: 'Ny viden' }) });
    expect(refusal(() => planBasisOf(meeting, against)).message).toMatch(/decided against the recommendation/);
  });

  it('should follow the recommendation when the decision follows it', () => {
    expect(planBasisOf(meeting, agendaItem({ decision: decision() })).outcome).toBe('resource-programme');
  });
});
