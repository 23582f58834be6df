import type { DecisionSnapshot } from './outcome-message';
import { OUTCOME_MESSAGE_TOPIC, summariseOutcome } from './outcome-summary';

const decision = (overrides: Partial<DecisionSnapshot> = {}): DecisionSnapshot => ({
  recommendationId: '0d4b2f0e-5b8e-4c1a-9d2f-3a4b5c6d7e8f',
  outcome: 'resource-programme',
  followsRecommendation: true,
  recommendationText: 'Ressourceforløb i 2 år med mentor og virksomhedspraktik.',
  decidedBy: 'dm-3',
  decidedAtMeeting: true,
  decidedAt: '2026-11-24T10:30:00Z',
  ...overrides,
});

describe('summariseOutcome', () => {
  it('should state the decision in Danish with the recommendation when the decision follows it', () => {
    const { topic, text } = summariseOutcome(decision());
    expect(topic).toBe(OUTCOME_MESSAGE_TOPIC);
    expect(text).toContain('Kommunens afgørelse: ressourceforløb.');
    expect(text).toContain('Afgørelsen følger rehabiliteringsteamets indstilling.');
    expect(text).toContain('Ressourceforløb i 2 år med mentor og virksomhedspraktik.');
    expect(text).toContain('møde den 24. november 2026');
  });

  it('should say the case returns to the team when the decision goes against the recommendation', () => {
    const { text } = summariseOutcome(decision({ followsRecommendation: false, outcome: 'flex-job' }));
    expect(text).toContain('Kommunens afgørelse: fleksjob.');
    expect(text).toContain('følger ikke rehabiliteringsteamets indstilling');
    expect(text).toContain('forelægges derfor igen');
  });

  it('should not mention the meeting when the decision was taken after it', () => {
    const { text } = summariseOutcome(decision({ decidedAtMeeting: false }));
    expect(text).toContain('Afgørelsen blev truffet den 24. november 2026.');
    expect(text).not.toContain('møde den');
  });
});
