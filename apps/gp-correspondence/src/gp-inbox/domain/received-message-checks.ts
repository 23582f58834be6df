import { type ReadMessage, resolveReference, resourcesOfType } from '../../medcom/message-bundle.reader';
import { CARE_COMMUNICATION_EVENT, MedComSystems } from '../../medcom/medcom.systems';

export interface MessageProblem {
  /** A FHIR issue type: https://hl7.org/fhir/R4/valueset-issue-type.html */
  code: 'not-supported' | 'required' | 'invalid';
  /** Names what is wrong, never a value from the message. */
  diagnostics: string;
}

/**
 * What a GP system checks before it accepts a CareCommunication; a problem makes the
 * acknowledgement a fatal-error with the problems as its OperationOutcome.
 */
export function checkCareCommunication(message: ReadMessage): MessageProblem[] {
  if (message.eventCode !== CARE_COMMUNICATION_EVENT) {
    return [{ code: 'not-supported', diagnostics: 'The GP inbox takes care-communication-message messages only.' }];
  }
  const problems: MessageProblem[] = [];
  const patients = resourcesOfType(message.bundle, 'Patient');
  if (patients.length !== 1) {
    problems.push({ code: 'invalid', diagnostics: 'The message must concern exactly one patient (medcom-careCommunication-2).' });
  } else if (!patients[0].identifier?.some((identifier) => identifier.system === MedComSystems.cpr && identifier.value)) {
    problems.push({ code: 'required', diagnostics: 'The patient has no CPR identifier.' });
  }
  const header = message.bundle.entry[0].resource;
  const focus = header.resourceType === 'MessageHeader' ? header.focus?.[0]?.reference : undefined;
  const communication = focus ? resolveReference(message.bundle, focus) : undefined;
  if (communication?.resourceType !== 'Communication') {
    problems.push({ code: 'required', diagnostics: 'MessageHeader.focus does not point to a Communication in the bundle.' });
  } else if (!communication.payload?.some((payload) => payload.contentString?.trim())) {
    problems.push({ code: 'required', diagnostics: 'The Communication has no message text.' });
  }
  if (!message.primaryReceiverReference || resolveReference(message.bundle, message.primaryReceiverReference)?.resourceType !== 'Organization') {
    problems.push({ code: 'required', diagnostics: 'The primary destination has no receiving organisation in the bundle.' });
  }
  return problems;
}
