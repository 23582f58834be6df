import type { Provider } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { DecisionAuthority } from '../domain/meeting.aggregate';

/**
 * MEETING_DECISION_AUTHORITY lists, comma-separated, the outcome types a decision maker may
 * decide at the meeting itself; unset means everything except disability pension.
 */
export const DECISION_AUTHORITY_SETTING = 'MEETING_DECISION_AUTHORITY';

export function decisionAuthorityFrom(settings: RuntimeSettings): DecisionAuthority {
  const configured = settings.optional(DECISION_AUTHORITY_SETTING);
  if (configured === undefined) return DecisionAuthority.byDefault();
  const outcomes = configured
    .split(',')
    .map((outcome) => outcome.trim())
    .filter((outcome) => outcome.length > 0);
  try {
    return DecisionAuthority.of(outcomes);
  } catch (error) {
    throw new Error(`${DECISION_AUTHORITY_SETTING} is invalid: ${(error as Error).message}`, { cause: error });
  }
}

export const decisionAuthorityProvider: Provider = {
  provide: DecisionAuthority,
  useFactory: decisionAuthorityFrom,
  inject: [RuntimeSettings],
};
