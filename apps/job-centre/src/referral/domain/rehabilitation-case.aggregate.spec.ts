import { DomainError } from '@rehab/platform';
import {
  addMonths,
  RehabilitationCase,
  type CaseDecision,
  type PreparatorySections,
} from './rehabilitation-case.aggregate';

const referral = (overrides: Partial<Parameters<typeof RehabilitationCase.refer>[0]> = {}) =>
  RehabilitationCase.refer({
    municipality: '101',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    citizenBirthDate: new Date(Date.UTC(1980, 4, 17)),
    hasVocationalQualification: false,
    now: new Date('2026-11-01T09:00:00Z'),
    ...overrides,
  });

const sections = (overrides: Partial<PreparatorySections> = {}): PreparatorySections => ({
  educationAndJobGoals: 'Wants to work in retail.',
  workExperience: 'Ten years as a warehouse worker.',
  resourcesAndNetwork: 'Supportive sister.',
  challenges: 'Back pain, low mood.',
  healthSituation: 'Chronic lower back pain.',
  incomeSupportHistory: 'Sickness benefit for 12 months.',
  gpAssessment: 'Awaiting LÆ 265.',
  ...overrides,
});

describe('RehabilitationCase', () => {
  it('should record a referral event when a case is referred', () => {
    const rehabilitationCase = referral();
    expect(rehabilitationCase.pullEvents()).toEqual([{ kind: 'referred' }]);
    expect(rehabilitationCase.snapshot().requiredDepartments).toEqual([
      'job-centre',
      'health-coordinator',
      'social-psychiatry',
      'company-consultant',
    ]);
  });

  it('should refuse the referral with a clear reason when the case is vocational rehabilitation', () => {
    expect(() => referral({ caseType: 'vocational-rehabilitation' })).toThrow(
      new DomainError(
        'rule-violated',
        'Vocational rehabilitation (revalidering) is not put before the rehabilitation team.',
      ),
    );
  });

  it('should refuse the referral when the case type is unknown', () => {
    expect(() => referral({ caseType: 'holiday' })).toThrow(/Case type must be one of/);
  });

  it('should make a new version when the preparatory part is submitted again', () => {
    const rehabilitationCase = referral();
    const first = rehabilitationCase.submitPreparatoryPart(sections(), 'cw-17', new Date());
    const second = rehabilitationCase.submitPreparatoryPart(
      sections({ challenges: 'Back pain.' }),
      'cw-17',
      new Date(),
    );
    expect(first.version).toBe(1);
    expect(second.version).toBe(2);
    expect(second.contributionId).toBe(first.contributionId);
  });

  it('should refuse a new preparatory part when the case is decided', () => {
    const rehabilitationCase = referral();
    rehabilitationCase.recordDecision({
      decisionId: '5a0f7e1e-2b7c-4c52-9f0e-3d8a9b1c2d3e',
      outcome: 'resource-programme',
      followsRecommendation: true,
      decidedAt: new Date(),
    });
    expect(() => rehabilitationCase.submitPreparatoryPart(sections(), 'cw-17', new Date())).toThrow(/decided/);
  });

  it('should record a decision only once when the same decision arrives twice', () => {
    const rehabilitationCase = referral();
    rehabilitationCase.pullEvents();
    const decision = {
      decisionId: '5a0f7e1e-2b7c-4c52-9f0e-3d8a9b1c2d3e',
      outcome: 'resource-programme' as const,
      followsRecommendation: true,
      decidedAt: new Date(),
    };
    rehabilitationCase.recordDecision(decision);
    rehabilitationCase.recordDecision(decision);
    expect(rehabilitationCase.pullEvents()).toHaveLength(1);
  });

  describe('team composition', () => {
    it('should require employment, health, social, the health coordinator and the company consultant when the citizen is 30 or older', () => {
      expect(referral().snapshot().requiredMembers).toEqual([
        'employment',
        'health',
        'social',
        'region-health-coordinator',
        'company-consultant',
      ]);
    });

    it('should also require the education member when the citizen is under 30 without a vocational qualification', () => {
      const young = referral({ citizenBirthDate: new Date(Date.UTC(2000, 0, 1)) });
      expect(young.snapshot().requiredMembers).toContain('education');
    });

    it('should not require the education member when the citizen under 30 has a vocational qualification', () => {
      const young = referral({ citizenBirthDate: new Date(Date.UTC(2000, 0, 1)), hasVocationalQualification: true });
      expect(young.snapshot().requiredMembers).not.toContain('education');
    });

    it('should count the citizen as 29 when the 30th birthday is the day after the referral', () => {
      const young = referral({ citizenBirthDate: new Date(Date.UTC(1996, 10, 2)) });
      expect(young.snapshot().requiredMembers).toContain('education');
    });

    it('should count the citizen as 30 when the referral falls on the 30th birthday', () => {
      const thirty = referral({ citizenBirthDate: new Date(Date.UTC(1996, 10, 1)) });
      expect(thirty.snapshot().requiredMembers).not.toContain('education');
    });
  });

  describe('preparatory part attachments', () => {
    const pdf = () => Buffer.from('%PDF-1.7\n1 0 obj\n');

    it('should describe each attachment on the version and keep its content for the repository when attached', () => {
      const rehabilitationCase = referral();
      rehabilitationCase.pullEvents();
      const part = rehabilitationCase.submitPreparatoryPart(sections(), 'cw-17', new Date(), [
        { title: 'Praktikudtalelse', mediaType: 'application/pdf', content: pdf() },
      ]);
      expect(part.attachments).toHaveLength(1);
      const [attachment] = part.attachments;
      expect(attachment).toMatchObject({
        title: 'Praktikudtalelse',
        mediaType: 'application/pdf',
        sizeBytes: pdf().length,
      });
      const [event] = rehabilitationCase.pullEvents();
      const contents =
        event?.kind === 'preparatory-part-submitted' ? event.attachmentContents : new Map<string, Uint8Array>();
      expect(contents.get(attachment?.attachmentId ?? '')).toEqual(pdf());
    });

    it('should refuse an attachment when its media type is not PDF, PNG or JPEG', () => {
      expect(() =>
        referral().submitPreparatoryPart(sections(), 'cw-17', new Date(), [
          { title: 'Notes', mediaType: 'text/plain', content: Buffer.from('hello') },
        ]),
      ).toThrow(/must be a PDF, PNG or JPEG/);
    });

    it('should refuse an attachment when its content is not the format it claims', () => {
      expect(() =>
        referral().submitPreparatoryPart(sections(), 'cw-17', new Date(), [
          { title: 'Scan', mediaType: 'image/png', content: pdf() },
        ]),
      ).toThrow(/is not a image\/png file/);
    });

    it('should refuse an attachment when it is larger than the limit', () => {
      const big = Buffer.concat([pdf(), Buffer.alloc(512 * 1024)]);
      expect(() =>
        referral().submitPreparatoryPart(sections(), 'cw-17', new Date(), [
          { title: 'Journal', mediaType: 'application/pdf', content: big },
        ]),
      ).toThrow(/larger than 512 KB/);
    });

    it('should refuse the submission when more than ten files are attached', () => {
      const many = Array.from({ length: 11 }, (_, index) => ({
        title: `Bilag ${index}`,
        mediaType: 'application/pdf',
        content: pdf(),
      }));
      expect(() => referral().submitPreparatoryPart(sections(), 'cw-17', new Date(), many)).toThrow(/At most 10/);
    });
  });

  describe('resource programme follow-up', () => {
    const decidedAt = new Date('2026-11-10T12:00:00Z');
    const decision = (overrides: Partial<CaseDecision> = {}): CaseDecision => ({
      decisionId: '5a0f7e1e-2b7c-4c52-9f0e-3d8a9b1c2d3e',
      outcome: 'resource-programme',
      followsRecommendation: true,
      decidedAt,
      ...overrides,
    });
    const decidedCase = (overrides: Partial<CaseDecision> = {}) => {
      const rehabilitationCase = referral();
      rehabilitationCase.recordDecision(decision(overrides));
      rehabilitationCase.pullEvents();
      return rehabilitationCase;
    };
    const extension = (overrides: Partial<Parameters<RehabilitationCase['extendWithoutMeeting']>[0]> = {}) => ({
      nothingNew: true,
      reason: 'Nothing new: the internship runs as planned.',
      decisionMakerId: 'dm-3',
      extendedUntil: '2027-12-31',
      recordedBy: 'cw-17',
      now: new Date('2027-05-01T09:00:00Z'),
      ...overrides,
    });

    it('should record and announce the extension when a decided resource programme is extended and nothing new has happened', () => {
      const rehabilitationCase = decidedCase();
      const extended = rehabilitationCase.extendWithoutMeeting(extension());
      expect(extended).toMatchObject({
        reason: 'Nothing new: the internship runs as planned.',
        decisionMakerId: 'dm-3',
      });
      expect(rehabilitationCase.snapshot().extensions).toEqual([extended]);
      expect(rehabilitationCase.pullEvents()).toEqual([{ kind: 'resource-programme-extended', extension: extended }]);
    });

    it('should refuse the extension when something new has happened', () => {
      expect(() => decidedCase().extendWithoutMeeting(extension({ nothingNew: false }))).toThrow(
        /only when nothing new has happened/,
      );
    });

    it('should refuse the extension when the reason is blank', () => {
      expect(() => decidedCase().extendWithoutMeeting(extension({ reason: '   ' }))).toThrow(/needs a recorded reason/);
    });

    it('should refuse the extension when the decision maker is missing', () => {
      expect(() => decidedCase().extendWithoutMeeting(extension({ decisionMakerId: ' ' }))).toThrow(/decision maker/);
    });

    it('should refuse the extension when the new end date has passed', () => {
      expect(() => decidedCase().extendWithoutMeeting(extension({ extendedUntil: '2027-04-30' }))).toThrow(/future/);
    });

    it('should refuse the extension when the case is not decided', () => {
      expect(() => referral().extendWithoutMeeting(extension())).toThrow(/no decision yet/);
    });

    it('should refuse the extension when the case was decided as something other than a resource programme', () => {
      expect(() => decidedCase({ outcome: 'flex-job' }).extendWithoutMeeting(extension())).toThrow(
        /decided as flex-job/,
      );
    });

    it('should await a first activity only when the case is a decided resource programme without one', () => {
      expect(decidedCase().awaitsFirstActivity()).toBe(true);
      expect(referral().awaitsFirstActivity()).toBe(false);
      expect(decidedCase({ outcome: 'flex-job' }).awaitsFirstActivity()).toBe(false);
      const started = decidedCase();
      started.recordActivityStarted(new Date('2026-12-01T08:00:00Z'), 'cw-17', new Date('2026-12-02T08:00:00Z'));
      expect(started.awaitsFirstActivity()).toBe(false);
    });

    it('should record the first activity when a decided resource programme starts one', () => {
      const rehabilitationCase = decidedCase();
      const startedAt = new Date('2026-12-01T08:00:00Z');
      rehabilitationCase.recordActivityStarted(startedAt, 'cw-17', new Date('2026-12-02T08:00:00Z'));
      expect(rehabilitationCase.snapshot().activityStartedAt).toEqual(startedAt);
      expect(rehabilitationCase.pullEvents()).toEqual([{ kind: 'activity-started', startedAt, recordedBy: 'cw-17' }]);
    });

    it('should refuse the first activity when it is recorded a second time', () => {
      const rehabilitationCase = decidedCase();
      rehabilitationCase.recordActivityStarted(
        new Date('2026-12-01T08:00:00Z'),
        'cw-17',
        new Date('2026-12-02T08:00:00Z'),
      );
      expect(() =>
        rehabilitationCase.recordActivityStarted(
          new Date('2026-12-01T08:00:00Z'),
          'cw-17',
          new Date('2026-12-02T08:00:00Z'),
        ),
      ).toThrow(/already been recorded/);
    });

    it('should refuse the first activity when it starts in the future or before the decision', () => {
      const now = new Date('2026-12-02T08:00:00Z');
      expect(() => decidedCase().recordActivityStarted(new Date('2026-12-03T08:00:00Z'), 'cw-17', now)).toThrow(
        /future/,
      );
      expect(() => decidedCase().recordActivityStarted(new Date('2026-11-01T08:00:00Z'), 'cw-17', now)).toThrow(
        /before the resource programme was decided/,
      );
    });

    it('should not re-present the case when less than 6 months have passed since the decision', () => {
      const rehabilitationCase = decidedCase();
      expect(rehabilitationCase.rePresentForMissingActivity(new Date('2027-05-10T11:59:59Z'))).toBeNull();
      expect(rehabilitationCase.pullEvents()).toEqual([]);
    });

    it('should re-present the case with its reason when no activity started within 6 months of the decision', () => {
      const rehabilitationCase = decidedCase();
      const now = new Date('2027-05-10T12:00:00Z');
      const rePresentation = rehabilitationCase.rePresentForMissingActivity(now);
      expect(rePresentation).toEqual({
        reason: 'no-activity-within-six-months',
        reasonText: 'No activity of the resource programme started within 6 months of the decision.',
        rePresentedAt: now,
      });
      expect(rehabilitationCase.pullEvents()).toEqual([{ kind: 're-presented', rePresentation }]);
    });

    it('should re-present the case only once when the check runs again', () => {
      const rehabilitationCase = decidedCase();
      rehabilitationCase.rePresentForMissingActivity(new Date('2027-06-01T00:00:00Z'));
      rehabilitationCase.pullEvents();
      expect(rehabilitationCase.rePresentForMissingActivity(new Date('2027-07-01T00:00:00Z'))).toBeNull();
      expect(rehabilitationCase.pullEvents()).toEqual([]);
    });

    it('should not re-present the case when an activity started', () => {
      const rehabilitationCase = decidedCase();
      rehabilitationCase.recordActivityStarted(
        new Date('2027-04-01T08:00:00Z'),
        'cw-17',
        new Date('2027-04-02T08:00:00Z'),
      );
      expect(rehabilitationCase.rePresentForMissingActivity(new Date('2027-06-01T00:00:00Z'))).toBeNull();
    });

    it('should not re-present the case when it was decided as something other than a resource programme', () => {
      expect(
        decidedCase({ outcome: 'disability-pension' }).rePresentForMissingActivity(new Date('2028-01-01')),
      ).toBeNull();
    });
  });

  describe('addMonths', () => {
    it('should land on the last day of the month when the day does not exist there', () => {
      expect(addMonths(new Date('2026-08-31T10:00:00Z'), 6)).toEqual(new Date('2027-02-28T10:00:00Z'));
    });

    it('should go back in time when the months are negative', () => {
      expect(addMonths(new Date('2027-05-10T12:00:00Z'), -6)).toEqual(new Date('2026-11-10T12:00:00Z'));
    });
  });
});
