import { errorsOf, validateMedComMessage } from '../../medcom/conformance/medcom-validator';
import { type ReadMessage, resolveReference } from '../../medcom/message-bundle.reader';
import { CARE_COMMUNICATION_EVENT, MedComSystems } from '../../medcom/medcom.systems';

/** One thing wrong with a received message; it becomes an OperationOutcome issue. Never quotes a value. */
export interface IncomingProblem {
  /** A FHIR issue type: https://hl7.org/fhir/R4/valueset-issue-type.html */
  code: 'structure' | 'invariant' | 'not-supported' | 'not-found';
  diagnostics: string;
}

/**
 * What this service checks before it accepts a message from a GP: that it is a
 * CareCommunication, that it breaks none of the profiles' rules (as a receiver checks them),
 * and that it is addressed to one of the organisations this service answers for.
 */
export function checkIncomingCareCommunication(
  message: ReadMessage,
  ourSorCodes: ReadonlySet<string>,
): IncomingProblem[] {
  if (message.eventCode !== CARE_COMMUNICATION_EVENT) {
    return [
      {
        code: 'not-supported',
        diagnostics: `This endpoint takes ${CARE_COMMUNICATION_EVENT} and acknowledgement messages only.`,
      },
    ];
  }
  const problems: IncomingProblem[] = errorsOf(validateMedComMessage(message.bundle, { receiving: true })).map(
    (violation) => ({
      code: violation.rule.startsWith('medcom-') ? 'invariant' : 'structure',
      diagnostics: `${violation.rule} at ${violation.location}: ${violation.description}`,
    }),
  );
  const receiver = message.primaryReceiverReference
    ? resolveReference(message.bundle, message.primaryReceiverReference)
    : undefined;
  const receiverSor =
    receiver?.resourceType === 'Organization'
      ? receiver.identifier?.find((identifier) => identifier.system === MedComSystems.sor)?.value
      : undefined;
  if (receiverSor && !ourSorCodes.has(receiverSor)) {
    problems.push({
      code: 'not-found',
      diagnostics: 'The primary receiver is not an organisation this service receives for.',
    });
  }
  return problems;
}
