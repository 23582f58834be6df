import { DomainError } from '@rehab/platform';
import {
  DecisionAuthority,
  Meeting,
  QUORUM_ROLES,
  type DossierReadiness,
  type PensionGrounds,
} from './meeting.aggregate';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const NOW = new Date('2026-11-10T09:00:00Z');

const meeting = (overrides: Partial<Parameters<typeof Meeting.schedule>[0]> = {}) => {
  const scheduled = Meeting.schedule({
    municipality: '101',
    startsAt: new Date('2026-11-12T09:00:00+01:00'),
    chairId: 'chair-1',
    now: NOW,
    ...overrides,
  });
  scheduled.pullEvents();
  return scheduled;
};

const dossier = (overrides: Partial<DossierReadiness> = {}): DossierReadiness => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  status: 'complete',
  missingDepartments: [],
  ...overrides,
});

const recommendation = (
  overrides: Partial<{
    outcome: string;
    text: string;
    adoptedBy: string;
    quorumOverrideReason: string | null;
    pensionGrounds: Partial<PensionGrounds> | null;
    dossier: DossierReadiness | null;
  }> = {},
) => ({
  outcome: 'resource-programme',
  text: 'A resource programme with a job-clarifying internship and treatment for back pain.',
  adoptedBy: 'chair-1',
  dossier: dossier(),
  ...overrides,
});

const pensionGrounds = (overrides: Partial<PensionGrounds> = {}): PensionGrounds => ({
  employmentFactors: 'No work for 6 years despite three internships with support.',
  socialFactors: 'Lives alone; social support with daily tasks.',
  healthFactors: 'Progressive multiple sclerosis; fatigue after two hours of light work.',
  workCapacityReasoning:
    'The illness is progressive and every effort has been tried, so work capacity is permanently reduced.',
  ...overrides,
});

const AUTHORITY = DecisionAuthority.byDefault();

const decision = (
  overrides: Partial<{
    outcome: string;
    decidedBy: string;
    decidedAtMeeting: boolean;
    deviationReason: string | null;
  }> = {},
) => ({
  outcome: 'resource-programme',
  decidedBy: 'leader-1',
  decidedAtMeeting: true,
  ...overrides,
});

/** Records every quorum role present, and the decision maker leader-1. */
const recordQuorum = (target: Meeting, except: readonly string[] = []) => {
  for (const role of QUORUM_ROLES.filter((role) => !except.includes(role))) {
    target.recordAttendance({ role, staffId: role === 'chair' ? 'chair-1' : `${role}-1`, present: true }, NOW);
  }
  target.recordAttendance({ role: 'decision-maker', staffId: 'leader-1', present: true }, NOW);
};

/** A meeting with quorum and the case on its agenda, ready for the team's recommendation. */
const meetingWithCase = (options: { quorum?: boolean; dossier?: Partial<DossierReadiness> } = {}) => {
  const withCase = meeting();
  if (options.quorum ?? true) recordQuorum(withCase);
  withCase.placeCaseOnAgenda(dossier(options.dossier), false, NOW);
  withCase.pullEvents();
  return withCase;
};

const refusal = (message: RegExp | string): unknown =>
  expect.objectContaining({ kind: 'rule-violated', message: expect.stringMatching(message) as unknown });

function caught(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('Meeting', () => {
  describe('agenda', () => {
    it('should put the case on the agenda when its dossier is complete and of the same municipality', () => {
      const scheduled = meeting();
      const item = scheduled.placeCaseOnAgenda(dossier(), false, NOW);
      expect(item).toMatchObject({ caseId: CASE_ID, recommendation: null, decision: null });
      expect(scheduled.pullEvents()).toEqual([{ kind: 'case-placed-on-agenda', item }]);
    });

    it('should put the case on the agenda ahead of its contributions when its dossier is incomplete', () => {
      const scheduled = meeting();
      const item = scheduled.placeCaseOnAgenda(
        dossier({
          status: 'incomplete',
          missingDepartments: ['health-coordinator', 'company-consultant'],
          gpCertificateMissing: true,
        }),
        false,
        NOW,
      );
      expect(item).toMatchObject({ caseId: CASE_ID, recommendation: null });
      expect(scheduled.pullEvents()).toEqual([{ kind: 'case-placed-on-agenda', item }]);
    });

    it('should refuse the case when the meeting service has no dossier for it', () => {
      expect(caught(() => meeting().placeCaseOnAgenda(null, false, NOW))).toEqual(refusal(/has not been referred/));
    });

    it('should refuse the case when its dossier is still waiting for the referral', () => {
      const error = caught(() => meeting().placeCaseOnAgenda(dossier({ status: 'awaiting-referral' }), false, NOW));
      expect(error).toEqual(refusal(/has not been referred/));
    });

    it('should refuse the case when it belongs to another municipality', () => {
      const error = caught(() => meeting().placeCaseOnAgenda(dossier({ municipality: '147' }), false, NOW));
      expect(error).toEqual(refusal(/another municipality/));
      expect(error.message).not.toContain('147');
    });

    it('should refuse the case when it is already on this agenda', () => {
      const withCase = meetingWithCase();
      expect(caught(() => withCase.placeCaseOnAgenda(dossier(), false, NOW))).toEqual(
        refusal(/already on this meeting/),
      );
    });

    it('should refuse the case when it awaits a decision at another meeting', () => {
      expect(caught(() => meeting().placeCaseOnAgenda(dossier(), true, NOW))).toEqual(refusal(/another meeting/));
    });
  });

  describe('order of business', () => {
    it('should record the step and show it on the meeting when it comes in order', () => {
      const scheduled = meeting();
      scheduled.placeCaseOnAgenda(dossier(), false, NOW);
      scheduled.pullEvents();

      scheduled.recordProceedingStep({ step: 'opened', caseId: null, recordedBy: 'chair-1' }, NOW);
      const presented = scheduled.recordProceedingStep(
        { step: 'presentation', caseId: CASE_ID, recordedBy: 'chair-1' },
        NOW,
      );

      expect(scheduled.proceedings().map((step) => step.step)).toEqual(['opened', 'presentation']);
      expect(scheduled.pullEvents().at(-1)).toEqual({ kind: 'proceeding-step-recorded', step: presented });
    });

    it('should refuse and record nothing when a step is out of order', () => {
      const scheduled = meeting();
      scheduled.placeCaseOnAgenda(dossier(), false, NOW);
      scheduled.pullEvents();
      const error = caught(() =>
        scheduled.recordProceedingStep({ step: 'dialogue', caseId: CASE_ID, recordedBy: 'chair-1' }, NOW),
      );
      expect(error).toEqual(refusal(/must open the meeting before the dialogue/));
      expect(scheduled.proceedings()).toEqual([]);
      expect(scheduled.pullEvents()).toEqual([]);
    });
  });

  describe('recommendation', () => {
    it('should adopt one recommendation with one outcome when the case is on the agenda', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(CASE_ID, recommendation({ text: '  Resource programme.  ' }), NOW);
      expect(adopted).toMatchObject({
        outcome: 'resource-programme',
        text: 'Resource programme.',
        adoptedBy: 'chair-1',
      });
      expect(withCase.findItem(CASE_ID)?.recommendation).toEqual(adopted);
      expect(withCase.pullEvents()).toEqual([
        { kind: 'recommendation-adopted', caseId: CASE_ID, recommendation: adopted },
      ]);
    });

    it('should refuse a recommendation and name the missing departments when the dossier is not ready', () => {
      const withCase = meetingWithCase();
      const error = caught(() =>
        withCase.adoptRecommendation(
          CASE_ID,
          recommendation({
            dossier: dossier({
              status: 'incomplete',
              missingDepartments: ['health-coordinator', 'company-consultant'],
            }),
          }),
          NOW,
        ),
      );
      expect(error).toEqual(
        refusal(/not ready .*still misses a contribution from: health-coordinator, company-consultant/),
      );
      expect(withCase.findItem(CASE_ID)?.recommendation).toBeNull();
      expect(withCase.pullEvents()).toEqual([]);
    });

    it('should name the GP certificate when the dossier misses only it at adoption', () => {
      const withCase = meetingWithCase();
      const error = caught(() =>
        withCase.adoptRecommendation(
          CASE_ID,
          recommendation({ dossier: dossier({ status: 'incomplete', gpCertificateMissing: true }) }),
          NOW,
        ),
      );
      expect(error).toEqual(refusal(/still misses the GP certificate or a recorded reason for its absence\.$/));
    });

    it('should refuse a recommendation when the meeting service has no dossier for the case', () => {
      const withCase = meetingWithCase();
      expect(caught(() => withCase.adoptRecommendation(CASE_ID, recommendation({ dossier: null }), NOW))).toEqual(
        refusal(/no dossier/),
      );
    });

    it('should refuse a recommendation when the case is not on the agenda', () => {
      expect(caught(() => meeting().adoptRecommendation(CASE_ID, recommendation(), NOW))).toEqual(
        refusal(/not on this meeting/),
      );
    });

    it('should refuse a second recommendation when one has been adopted', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      expect(caught(() => withCase.adoptRecommendation(CASE_ID, recommendation({ outcome: 'flex-job' }), NOW))).toEqual(
        refusal(/already been adopted/),
      );
    });

    it('should refuse a recommendation when its outcome is unknown', () => {
      const withCase = meetingWithCase();
      expect(caught(() => withCase.adoptRecommendation(CASE_ID, recommendation({ outcome: 'holiday' }), NOW))).toEqual(
        refusal(/outcome must be one of/),
      );
    });

    it('should refuse a recommendation when its text is blank', () => {
      const withCase = meetingWithCase();
      expect(caught(() => withCase.adoptRecommendation(CASE_ID, recommendation({ text: '   ' }), NOW))).toEqual(
        refusal(/needs a text/),
      );
    });
  });

  describe('decision', () => {
    it('should refuse a decision when no recommendation has been adopted', () => {
      const withCase = meetingWithCase();
      expect(caught(() => withCase.recordDecision(CASE_ID, decision(), AUTHORITY, NOW))).toEqual(
        refusal(/after the team has adopted/),
      );
    });

    it('should refuse a decision when the case is not on the agenda', () => {
      expect(caught(() => meeting().recordDecision(CASE_ID, decision(), AUTHORITY, NOW))).toEqual(
        refusal(/not on this meeting/),
      );
    });

    it('should follow the recommendation when the decision has the recommended outcome', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      const decided = withCase.recordDecision(CASE_ID, decision(), AUTHORITY, NOW);
      expect(decided).toMatchObject({
        recommendationId: adopted.recommendationId,
        outcome: 'resource-programme',
        followsRecommendation: true,
        decidedBy: 'leader-1',
        decidedAtMeeting: true,
      });
    });

    it('should not follow the recommendation when the decision has another outcome', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ outcome: 'disability-pension', pensionGrounds: pensionGrounds() }),
        NOW,
      );
      const decided = withCase.recordDecision(
        CASE_ID,
        decision({
          outcome: 'flex-job',
          decidedAtMeeting: false,
          deviationReason: 'Work capacity can still be developed.',
        }),
        AUTHORITY,
        NOW,
      );
      expect(decided).toMatchObject({
        outcome: 'flex-job',
        followsRecommendation: false,
        decidedAtMeeting: false,
        deviationReason: 'Work capacity can still be developed.',
      });
    });

    it('should refuse a second decision when the case is decided', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.recordDecision(CASE_ID, decision(), AUTHORITY, NOW);
      expect(caught(() => withCase.recordDecision(CASE_ID, decision(), AUTHORITY, NOW))).toEqual(
        refusal(/already been recorded/),
      );
    });

    it('should record a decision event when the decision is recorded', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.pullEvents();
      const decided = withCase.recordDecision(CASE_ID, decision(), AUTHORITY, NOW);
      expect(withCase.pullEvents()).toEqual([{ kind: 'decision-recorded', caseId: CASE_ID, decision: decided }]);
    });
  });

  describe('attendance and quorum', () => {
    it('should have quorum when every required role is present', () => {
      const withCase = meetingWithCase();
      expect(withCase.quorum()).toEqual({ hasQuorum: true, missingRoles: [] });
    });

    it('should name the missing roles when the company consultant and health member are absent', () => {
      const scheduled = meeting();
      recordQuorum(scheduled, ['company-consultant', 'health']);
      scheduled.recordAttendance({ role: 'health', staffId: 'health-1', present: false }, NOW);
      expect(scheduled.quorum()).toEqual({ hasQuorum: false, missingRoles: ['health', 'company-consultant'] });
    });

    it('should require the education member when a case on the agenda requires it', () => {
      const withCase = meetingWithCase({ dossier: { requiresEducationMember: true } });
      expect(withCase.quorum()).toEqual({ hasQuorum: false, missingRoles: ['education'] });
      withCase.recordAttendance({ role: 'education', staffId: 'edu-1', present: true }, NOW);
      expect(withCase.quorum().hasQuorum).toBe(true);
    });

    it('should replace the earlier record when the same member is recorded again in the same role', () => {
      const scheduled = meeting();
      recordQuorum(scheduled);
      scheduled.recordAttendance({ role: 'social', staffId: 'social-1', present: false }, NOW);
      expect(scheduled.snapshot().attendance.filter((held) => held.role === 'social')).toHaveLength(1);
      expect(scheduled.quorum()).toEqual({ hasQuorum: false, missingRoles: ['social'] });
    });

    it('should refuse attendance when the role is unknown', () => {
      expect(caught(() => meeting().recordAttendance({ role: 'mayor', staffId: 'm-1', present: true }, NOW))).toEqual(
        refusal(/member role must be one of/),
      );
    });

    it('should refuse a recommendation and name the missing roles when the meeting has no quorum', () => {
      const withCase = meetingWithCase({ quorum: false });
      withCase.recordAttendance({ role: 'chair', staffId: 'chair-1', present: true }, NOW);
      const error = caught(() => withCase.adoptRecommendation(CASE_ID, recommendation(), NOW));
      expect(error).toEqual(
        refusal(/no quorum \(missing: employment, health, social, region-health-coordinator, company-consultant\)/),
      );
      expect(withCase.pullEvents()).toEqual([expect.objectContaining({ kind: 'attendance-recorded' })]);
    });

    it('should adopt and keep the reason when the chair records why a meeting without quorum adopts', () => {
      const withCase = meetingWithCase({ quorum: false });
      const adopted = withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ quorumOverrideReason: 'The health member fell ill; the written assessment is clear.' }),
        NOW,
      );
      expect(adopted.quorumOverrideReason).toBe('The health member fell ill; the written assessment is clear.');
    });

    it('should record the quorum override with the missing roles when the chair adopts without quorum', () => {
      const withCase = meetingWithCase({ quorum: false });
      withCase.recordAttendance({ role: 'chair', staffId: 'chair-1', present: true }, NOW);
      withCase.pullEvents();
      const adopted = withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ quorumOverrideReason: ' The social member is ill. ' }),
        NOW,
      );
      expect(withCase.pullEvents()).toEqual([
        expect.objectContaining({ kind: 'recommendation-adopted', caseId: CASE_ID }),
        {
          kind: 'quorum-overridden',
          caseId: CASE_ID,
          recommendation: adopted,
          reason: 'The social member is ill.',
          missingRoles: ['employment', 'health', 'social', 'region-health-coordinator', 'company-consultant'],
        },
      ]);
    });

    it('should record no quorum override when the meeting has quorum', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation({ quorumOverrideReason: 'Just in case.' }), NOW);
      expect(withCase.pullEvents().map((event) => event.kind)).toEqual(['recommendation-adopted']);
    });

    it('should carry the quorum as it stands after each attendance when attendance is recorded', () => {
      const scheduled = meeting();
      recordQuorum(scheduled, ['company-consultant']);
      scheduled.recordAttendance({ role: 'company-consultant', staffId: 'cc-1', present: true }, NOW);
      const attendance = scheduled
        .pullEvents()
        .flatMap((event) => (event.kind === 'attendance-recorded' ? [event] : []));
      expect(attendance.at(-2)?.quorum).toEqual({ hasQuorum: false, missingRoles: ['company-consultant'] });
      expect(attendance.at(-1)).toEqual({
        kind: 'attendance-recorded',
        attendance: { role: 'company-consultant', staffId: 'cc-1', present: true, recordedAt: NOW },
        quorum: { hasQuorum: true, missingRoles: [] },
      });
    });

    it('should refuse the override when someone other than the chair adopts without quorum', () => {
      const withCase = meetingWithCase({ quorum: false });
      const error = caught(() =>
        withCase.adoptRecommendation(
          CASE_ID,
          recommendation({ adoptedBy: 'social-1', quorumOverrideReason: 'Urgent.' }),
          NOW,
        ),
      );
      expect(error).toEqual(refusal(/Only the chair/));
    });

    it('should not keep an override reason when the meeting has quorum', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ quorumOverrideReason: 'Just in case.' }),
        NOW,
      );
      expect(adopted.quorumOverrideReason).toBeNull();
    });
  });

  describe('citizen attendance', () => {
    it('should record the citizen present with a supporter when they take part', () => {
      const withCase = meetingWithCase();
      const citizen = withCase.recordCitizenAttendance(CASE_ID, { present: true, supporter: ' Sister ' }, NOW);
      expect(citizen).toEqual({ present: true, absenceReason: null, supporter: 'Sister', recordedAt: NOW });
      expect(withCase.findItem(CASE_ID)?.citizen).toEqual(citizen);
      expect(withCase.pullEvents()).toEqual([{ kind: 'citizen-attendance-recorded', caseId: CASE_ID, citizen }]);
    });

    it('should refuse the citizen’s absence when it has no reason', () => {
      const withCase = meetingWithCase();
      expect(
        caught(() => withCase.recordCitizenAttendance(CASE_ID, { present: false, absenceReason: ' ' }, NOW)),
      ).toEqual(refusal(/absence needs a reason/));
    });

    it('should record the citizen absent when the absence has a reason', () => {
      const withCase = meetingWithCase();
      const citizen = withCase.recordCitizenAttendance(
        CASE_ID,
        { present: false, absenceReason: 'Developing work capacity is obviously pointless.' },
        NOW,
      );
      expect(citizen).toMatchObject({
        present: false,
        absenceReason: 'Developing work capacity is obviously pointless.',
      });
    });
  });

  describe('disability pension', () => {
    it('should adopt a disability-pension recommendation when every factor and the reasoning are stated', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ outcome: 'disability-pension', pensionGrounds: pensionGrounds() }),
        NOW,
      );
      expect(adopted.pensionGrounds).toEqual(pensionGrounds());
    });

    it('should refuse a disability-pension recommendation and name what is missing when factors are blank', () => {
      const withCase = meetingWithCase();
      const error = caught(() =>
        withCase.adoptRecommendation(
          CASE_ID,
          recommendation({
            outcome: 'disability-pension',
            pensionGrounds: pensionGrounds({ socialFactors: ' ', workCapacityReasoning: '' }),
          }),
          NOW,
        ),
      );
      expect(error).toEqual(refusal(/missing: socialFactors, workCapacityReasoning/));
      expect(withCase.findItem(CASE_ID)?.recommendation).toBeNull();
    });

    it('should refuse a disability-pension recommendation when no grounds are given at all', () => {
      const withCase = meetingWithCase();
      expect(
        caught(() => withCase.adoptRecommendation(CASE_ID, recommendation({ outcome: 'disability-pension' }), NOW)),
      ).toEqual(refusal(/substantially and permanently reduced/));
    });

    it('should not keep pension grounds when the outcome is another one', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(CASE_ID, recommendation({ pensionGrounds: pensionGrounds() }), NOW);
      expect(adopted.pensionGrounds).toBeNull();
    });
  });

  describe('decision authority', () => {
    const withPensionRecommendation = () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(
        CASE_ID,
        recommendation({ outcome: 'disability-pension', pensionGrounds: pensionGrounds() }),
        NOW,
      );
      withCase.pullEvents();
      return withCase;
    };

    it('should refuse a disability-pension decision at the meeting when the default authority applies', () => {
      const withCase = withPensionRecommendation();
      const error = caught(() =>
        withCase.recordDecision(CASE_ID, decision({ outcome: 'disability-pension' }), AUTHORITY, NOW),
      );
      expect(error).toEqual(refusal(/not taken at the meeting.*pending/));
    });

    it('should decide disability pension at the meeting when the municipality gives the meeting that authority', () => {
      const withCase = withPensionRecommendation();
      const decided = withCase.recordDecision(
        CASE_ID,
        decision({ outcome: 'disability-pension' }),
        DecisionAuthority.of(['disability-pension']),
        NOW,
      );
      expect(decided).toMatchObject({ decidedAtMeeting: true, followsRecommendation: true });
    });

    it('should refuse a decision at the meeting when the decision maker is not recorded as present', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      expect(
        caught(() => withCase.recordDecision(CASE_ID, decision({ decidedBy: 'leader-9' }), AUTHORITY, NOW)),
      ).toEqual(refusal(/decision maker recorded as present/));
    });

    it('should record a pending decision with owner and due date when it is not taken at the meeting', () => {
      const withCase = withPensionRecommendation();
      const dueDate = new Date('2026-12-01T00:00:00Z');
      const pending = withCase.recordPendingDecision(CASE_ID, { owner: ' pension-unit-2 ', dueDate }, NOW);
      expect(pending).toEqual({ owner: 'pension-unit-2', dueDate, recordedAt: NOW });
      expect(withCase.pullEvents()).toEqual([{ kind: 'decision-pending', caseId: CASE_ID, pendingDecision: pending }]);
    });

    it('should complete a pending decision when it is recorded later outside the meeting', () => {
      const withCase = withPensionRecommendation();
      withCase.recordPendingDecision(CASE_ID, { owner: 'pension-unit-2', dueDate: new Date('2026-12-01') }, NOW);
      const decided = withCase.recordDecision(
        CASE_ID,
        decision({ outcome: 'disability-pension', decidedBy: 'pension-unit-2', decidedAtMeeting: false }),
        AUTHORITY,
        NOW,
      );
      expect(decided).toMatchObject({ decidedAtMeeting: false, followsRecommendation: true });
      expect(withCase.findItem(CASE_ID)?.pendingDecision?.owner).toBe('pension-unit-2');
    });

    it('should refuse a pending decision when its due date is in the past', () => {
      const withCase = withPensionRecommendation();
      expect(
        caught(() => withCase.recordPendingDecision(CASE_ID, { owner: 'o-1', dueDate: new Date('2026-11-09') }, NOW)),
      ).toEqual(refusal(/cannot be in the past/));
    });

    it('should refuse a second pending decision when one is already pending', () => {
      const withCase = withPensionRecommendation();
      withCase.recordPendingDecision(CASE_ID, { owner: 'o-1', dueDate: new Date('2026-12-01') }, NOW);
      expect(
        caught(() => withCase.recordPendingDecision(CASE_ID, { owner: 'o-1', dueDate: new Date('2026-12-01') }, NOW)),
      ).toEqual(refusal(/already pending/));
    });

    it('should refuse a pending decision when no recommendation has been adopted', () => {
      const withCase = meetingWithCase();
      expect(
        caught(() => withCase.recordPendingDecision(CASE_ID, { owner: 'o-1', dueDate: new Date('2026-12-01') }, NOW)),
      ).toEqual(refusal(/after the team has adopted/));
    });

    it('should refuse an unknown outcome when the authority is configured', () => {
      expect(() => DecisionAuthority.of(['holiday'])).toThrow(/outcome must be one of/);
    });

    it('should let the meeting decide everything but disability pension when nothing is configured', () => {
      expect(DecisionAuthority.byDefault().atMeeting).toEqual([
        'resource-programme',
        'job-clarification',
        'flex-job',
        'self-employed-subsidy',
      ]);
    });
  });

  describe('decision against the recommendation', () => {
    it('should refuse a decision against the recommendation when it has no reason', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      expect(caught(() => withCase.recordDecision(CASE_ID, decision({ outcome: 'flex-job' }), AUTHORITY, NOW))).toEqual(
        refusal(/against the recommendation needs a reason/),
      );
    });

    it('should send the case back to the team with the reason when the decision goes against the recommendation', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.pullEvents();
      const decided = withCase.recordDecision(
        CASE_ID,
        decision({ outcome: 'flex-job', deviationReason: 'A flex job is possible with 12 hours a week.' }),
        AUTHORITY,
        NOW,
      );
      expect(withCase.pullEvents()).toEqual([
        { kind: 'decision-recorded', caseId: CASE_ID, decision: decided },
        {
          kind: 'case-returned-to-team',
          caseId: CASE_ID,
          decisionId: decided.decisionId,
          reason: 'A flex job is possible with 12 hours a week.',
          returnedAt: NOW,
        },
      ]);
    });

    it('should not send the case back when the decision follows the recommendation', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.pullEvents();
      withCase.recordDecision(CASE_ID, decision({ deviationReason: 'ignored' }), AUTHORITY, NOW);
      expect(withCase.pullEvents().map((event) => event.kind)).toEqual(['decision-recorded']);
    });
  });

  describe('agenda publication', () => {
    const STARTS_AT = new Date('2026-11-12T09:00:00Z');

    it('should not publish the agenda when its lead time has not come', () => {
      const scheduled = meeting({ startsAt: STARTS_AT, agendaLeadHours: 24 });
      expect(scheduled.publishAgendaIfDue(new Date('2026-11-11T08:59:59Z'))).toBe(false);
      expect(scheduled.pullEvents()).toEqual([]);
      expect(scheduled.snapshot().agendaPublishedAt).toBeNull();
    });

    it('should publish the agenda once when its lead time has come', () => {
      const scheduled = meeting({ startsAt: STARTS_AT, agendaLeadHours: 24 });
      const due = new Date('2026-11-11T09:00:00Z');
      expect(scheduled.publishAgendaIfDue(due)).toBe(true);
      expect(scheduled.publishAgendaIfDue(new Date('2026-11-11T10:00:00Z'))).toBe(false);
      expect(scheduled.pullEvents()).toEqual([{ kind: 'agenda-published', publishedAt: due, agenda: [] }]);
      expect(scheduled.snapshot().agendaPublishedAt).toEqual(due);
    });

    it('should flag a case as late when it is placed after the agenda went out', () => {
      const scheduled = meeting({ startsAt: STARTS_AT, agendaLeadHours: 24 });
      scheduled.publishAgendaIfDue(new Date('2026-11-11T09:00:00Z'));
      const item = scheduled.placeCaseOnAgenda(dossier(), false, new Date('2026-11-11T12:00:00Z'));
      expect(item.late).toBe(true);
    });
  });

  describe('calendar', () => {
    const STARTS_AT = new Date('2026-11-12T08:00:00Z');

    it('should plan 5 cases of 45 minutes with the agenda out 24 hours before when nothing else is asked', () => {
      const state = meeting({ startsAt: STARTS_AT }).snapshot();
      expect(state).toMatchObject({ capacity: 5, slotMinutes: 45, seriesId: null });
      expect(state.agendaPublishesAt).toEqual(new Date('2026-11-11T08:00:00Z'));
    });

    it('should publish the agenda earlier when the municipality sets a longer lead time', () => {
      expect(meeting({ startsAt: STARTS_AT, agendaLeadHours: 48 }).snapshot().agendaPublishesAt).toEqual(
        new Date('2026-11-10T08:00:00Z'),
      );
    });

    it.each([29, 61, 45.5])('should refuse a slot of %s minutes when slots last 30 to 60 minutes', (slotMinutes) => {
      expect(() => meeting({ slotMinutes })).toThrow(/between 30 and 60 minutes/);
    });

    it.each([0, 11])('should refuse a capacity of %s cases when a meeting takes 1 to 10', (capacity) => {
      expect(() => meeting({ capacity })).toThrow(/between 1 and 10 cases/);
    });

    it('should refuse a case when the meeting is full', () => {
      const small = meeting({ capacity: 1 });
      small.placeCaseOnAgenda(dossier(), false, NOW);
      expect(small.hasRoom()).toBe(false);
      const error = caught(() =>
        small.placeCaseOnAgenda(dossier({ caseId: '9d8a1c1e-1111-4c7e-9d1a-2f3e4a5b6c7d' }), false, NOW),
      );
      expect(error).toEqual(refusal(/meeting is full: it takes 1 cases/));
    });

    it('should flag the case as late when it is placed after the agenda was published', () => {
      const soon = meeting({ startsAt: new Date(NOW.getTime() + 2 * 3_600_000) });
      expect(soon.placeCaseOnAgenda(dossier(), false, NOW).late).toBe(true);
    });

    it('should not flag the case as late when it is placed before the agenda is published', () => {
      expect(meeting({ startsAt: STARTS_AT }).placeCaseOnAgenda(dossier(), false, NOW).late).toBe(false);
    });

    it('should schedule a weekly series with one series id when a recurring meeting is asked for', () => {
      const series = Meeting.scheduleSeries({
        municipality: '101',
        firstStartsAt: STARTS_AT,
        intervalDays: 7,
        occurrences: 3,
        chairId: 'chair-1',
        capacity: 4,
        now: NOW,
      });
      expect(series.map((each) => each.snapshot().startsAt)).toEqual([
        STARTS_AT,
        new Date('2026-11-19T08:00:00Z'),
        new Date('2026-11-26T08:00:00Z'),
      ]);
      expect(new Set(series.map((each) => each.snapshot().seriesId)).size).toBe(1);
      expect(series[0]?.snapshot().seriesId).not.toBeNull();
      expect(series.every((each) => each.snapshot().capacity === 4)).toBe(true);
    });

    it.each([
      [{ occurrences: 0 }, /between 1 and 52 meetings/],
      [{ occurrences: 53 }, /between 1 and 52 meetings/],
      [{ intervalDays: 0 }, /every 1 to 28 days/],
    ])('should refuse the series %o when it is out of range', (overrides, message) => {
      expect(() =>
        Meeting.scheduleSeries({
          municipality: '101',
          firstStartsAt: STARTS_AT,
          intervalDays: 7,
          occurrences: 3,
          chairId: 'chair-1',
          now: NOW,
          ...overrides,
        }),
      ).toThrow(message);
    });
  });

  it('should refuse to schedule a meeting when its start time is invalid', () => {
    expect(() => meeting({ startsAt: new Date('not a date') })).toThrow(/valid start time/);
  });
});
