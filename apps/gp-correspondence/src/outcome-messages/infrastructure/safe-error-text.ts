import { redactCpr } from '@rehab/messaging';
import { MedComRuleViolation } from '../../medcom/care-communication.builder';
import { UnreadableMessage } from '../../medcom/message-bundle.reader';
import { PersonIdentityUnavailable } from './person-identity.client';
import { GpTransportError } from './transport/gp-message-transport';

/** Errors whose texts we wrote ourselves and know to be free of personal data. */
const OWN_ERRORS = [PersonIdentityUnavailable, GpTransportError, MedComRuleViolation, UnreadableMessage];

/**
 * What goes into a row or a log line about a failure: the error's own words when we wrote
 * them, otherwise its type and message, in both cases with anything CPR-shaped removed.
 */
export function safeErrorText(error: unknown): string {
  const text = OWN_ERRORS.some((type) => error instanceof type)
    ? (error as Error).message
    : error instanceof Error
      ? `${error.name}: ${error.message}`
      : 'unknown error';
  return redactCpr(text).slice(0, 500);
}
