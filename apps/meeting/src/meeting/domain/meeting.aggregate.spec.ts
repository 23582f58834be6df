import { DomainError } from '@rehab/platform';
import { Meeting, type DossierReadiness } from './meeting.aggregate';

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

const recommendation = (overrides: Partial<{ outcome: string; text: string; adoptedBy: string }> = {}) => ({
  outcome: 'resource-programme',
  text: 'A resource programme with a job-clarifying internship and treatment for back pain.',
  adoptedBy: 'chair-1',
  ...overrides,
});

const decision = (overrides: Partial<{ outcome: string; decidedBy: string; decidedAtMeeting: boolean }> = {}) => ({
  outcome: 'resource-programme',
  decidedBy: 'leader-1',
  decidedAtMeeting: true,
  ...overrides,
});

/** A meeting with the case on its agenda, ready for the team's recommendation. */
const meetingWithCase = () => {
  const withCase = meeting();
  withCase.placeCaseOnAgenda(dossier(), false, NOW);
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

    it('should refuse the case and name the missing departments when its dossier is incomplete', () => {
      const error = caught(() =>
        meeting().placeCaseOnAgenda(
          dossier({ status: 'incomplete', missingDepartments: ['health-coordinator', 'company-consultant'] }),
          false,
          NOW,
        ),
      );
      expect(error).toEqual(refusal(/not complete; still missing a contribution from: health-coordinator, company-consultant/));
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
      expect(caught(() => withCase.placeCaseOnAgenda(dossier(), false, NOW))).toEqual(refusal(/already on this meeting/));
    });

    it('should refuse the case when it awaits a decision at another meeting', () => {
      expect(caught(() => meeting().placeCaseOnAgenda(dossier(), true, NOW))).toEqual(refusal(/another meeting/));
    });
  });

  describe('recommendation', () => {
    it('should adopt one recommendation with one outcome when the case is on the agenda', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(CASE_ID, recommendation({ text: '  Resource programme.  ' }), NOW);
      expect(adopted).toMatchObject({ outcome: 'resource-programme', text: 'Resource programme.', adoptedBy: 'chair-1' });
      expect(withCase.findItem(CASE_ID)?.recommendation).toEqual(adopted);
      expect(withCase.pullEvents()).toEqual([{ kind: 'recommendation-adopted', caseId: CASE_ID, recommendation: adopted }]);
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
      expect(caught(() => withCase.recordDecision(CASE_ID, decision(), NOW))).toEqual(refusal(/after the team has adopted/));
    });

    it('should refuse a decision when the case is not on the agenda', () => {
      expect(caught(() => meeting().recordDecision(CASE_ID, decision(), NOW))).toEqual(refusal(/not on this meeting/));
    });

    it('should follow the recommendation when the decision has the recommended outcome', () => {
      const withCase = meetingWithCase();
      const adopted = withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      const decided = withCase.recordDecision(CASE_ID, decision(), NOW);
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
      withCase.adoptRecommendation(CASE_ID, recommendation({ outcome: 'disability-pension' }), NOW);
      const decided = withCase.recordDecision(CASE_ID, decision({ outcome: 'flex-job', decidedAtMeeting: false }), NOW);
      expect(decided).toMatchObject({ outcome: 'flex-job', followsRecommendation: false, decidedAtMeeting: false });
    });

    it('should refuse a second decision when the case is decided', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.recordDecision(CASE_ID, decision(), NOW);
      expect(caught(() => withCase.recordDecision(CASE_ID, decision(), NOW))).toEqual(refusal(/already been recorded/));
    });

    it('should record a decision event when the decision is recorded', () => {
      const withCase = meetingWithCase();
      withCase.adoptRecommendation(CASE_ID, recommendation(), NOW);
      withCase.pullEvents();
      const decided = withCase.recordDecision(CASE_ID, decision(), NOW);
      expect(withCase.pullEvents()).toEqual([{ kind: 'decision-recorded', caseId: CASE_ID, decision: decided }]);
    });
  });

  it('should refuse to schedule a meeting when its start time is invalid', () => {
    expect(() => meeting({ startsAt: new Date('not a date') })).toThrow(/valid start time/);
  });
});
