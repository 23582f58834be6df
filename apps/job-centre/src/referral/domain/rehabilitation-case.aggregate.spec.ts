import { DomainError } from '@rehab/platform';
import { RehabilitationCase, type PreparatorySections } from './rehabilitation-case.aggregate';

const referral = (overrides: Partial<Parameters<typeof RehabilitationCase.refer>[0]> = {}) =>
  RehabilitationCase.refer({
    municipality: '101',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
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
      new DomainError('rule-violated', 'Vocational rehabilitation (revalidering) is not put before the rehabilitation team.'),
    );
  });

  it('should refuse the referral when the case type is unknown', () => {
    expect(() => referral({ caseType: 'holiday' })).toThrow(/Case type must be one of/);
  });

  it('should make a new version when the preparatory part is submitted again', () => {
    const rehabilitationCase = referral();
    const first = rehabilitationCase.submitPreparatoryPart(sections(), 'cw-17', new Date());
    const second = rehabilitationCase.submitPreparatoryPart(sections({ challenges: 'Back pain.' }), 'cw-17', new Date());
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
});
