import type { RecommendationOutcome } from '@rehab/contracts';
import type { DecisionSnapshot } from './outcome-message';

/** The outcomes in the words a Danish GP reads them. */
const OUTCOME_IN_DANISH: Record<RecommendationOutcome, string> = {
  'resource-programme': 'ressourceforløb',
  'job-clarification': 'jobafklaringsforløb',
  'flex-job': 'fleksjob',
  'self-employed-subsidy': 'tilskud til selvstændigt erhvervsdrivende',
  'disability-pension': 'førtidspension',
};

export function outcomeInDanish(outcome: RecommendationOutcome): string {
  return OUTCOME_IN_DANISH[outcome];
}

export const OUTCOME_MESSAGE_TOPIC = 'Rehabiliteringsteamets indstilling og kommunens afgørelse';

export function danishDate(iso: string): string {
  return new Date(iso).toLocaleDateString('da-DK', {
    timeZone: 'Europe/Copenhagen',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * The message text for the GP: what was decided, whether it follows the team's
 * recommendation, and the recommendation itself, so the citizen and the GP hear the same.
 */
export function summariseOutcome(decision: DecisionSnapshot): { topic: string; text: string } {
  const outcome = OUTCOME_IN_DANISH[decision.outcome];
  const when = decision.decidedAtMeeting
    ? `Afgørelsen blev truffet på rehabiliteringsteamets møde den ${danishDate(decision.decidedAt)}.`
    : `Afgørelsen blev truffet den ${danishDate(decision.decidedAt)}.`;
  const relation = decision.followsRecommendation
    ? 'Afgørelsen følger rehabiliteringsteamets indstilling.'
    : 'Afgørelsen følger ikke rehabiliteringsteamets indstilling. Sagen forelægges derfor igen for rehabiliteringsteamet.';
  const text = [
    'Kære egen læge',
    '',
    'Din patients sag har været behandlet i kommunens rehabiliteringsteam.',
    '',
    `Kommunens afgørelse: ${outcome}.`,
    relation,
    when,
    '',
    'Rehabiliteringsteamets indstilling:',
    decision.recommendationText.trim(),
    '',
    'Meddelelsen sendes til orientering, så du og borgeren har samme forståelse af forløbet. ' +
      'Har du spørgsmål, kan du svare på denne korrespondancemeddelelse.',
  ].join('\n');
  return { topic: OUTCOME_MESSAGE_TOPIC, text };
}
