import { randomUUID } from 'node:crypto';
import { MedComRuleViolation } from './care-communication.builder';
import type {
  AcknowledgementCode,
  BundleEntry,
  MessageBundle,
  MessageHeader,
  OperationOutcome,
  Organization,
  Provenance,
  Resource,
} from './fhir.types';
import { type ReadMessage, resolveReference, UnreadableMessage } from './message-bundle.reader';
import { ACKNOWLEDGEMENT_EVENT, MedComExtensions, MedComProfiles, MedComSystems } from './medcom.systems';
import { narrative } from './narrative';

export interface AcknowledgementInput {
  /** The message being acknowledged, as received. */
  acknowledged: ReadMessage;
  code: AcknowledgementCode;
  /** Why, when the code is not ok; each becomes an OperationOutcome issue. */
  issues?: readonly { code: string; diagnostics: string }[];
  at: Date;
  fullUrlBase: string;
}

function reference(resource: Resource): { reference: string } {
  return { reference: `${resource.resourceType}/${resource.id}` };
}

function organizationAt(message: ReadMessage, ref: string | undefined, role: string): Organization {
  const found = ref ? resolveReference(message.bundle, ref) : undefined;
  if (found?.resourceType !== 'Organization') {
    throw new UnreadableMessage(`The message does not contain its ${role} organisation.`);
  }
  return found;
}

/**
 * Builds the MedCom Acknowledgement for a received message: a message Bundle whose
 * MessageHeader.response names the acknowledged MessageHeader.id, sent back to the source
 * endpoint of the message. An acknowledgement is never itself acknowledged.
 */
export function buildAcknowledgementMessage(input: AcknowledgementInput, newId: () => string = randomUUID): MessageBundle {
  const { acknowledged } = input;
  if (acknowledged.eventCode === ACKNOWLEDGEMENT_EVENT) {
    throw new MedComRuleViolation('An acknowledgement is never acknowledged.');
  }
  if (input.code !== 'ok' && !input.issues?.length) {
    throw new MedComRuleViolation('An acknowledgement that is not ok must say why (medcom-acknowledgement-1).');
  }
  const at = input.at.toISOString();
  const base = input.fullUrlBase.replace(/\/$/, '');
  // The receiver of the message acknowledges it to the sender.
  const acknowledger = organizationAt(acknowledged, acknowledged.primaryReceiverReference, 'receiving');
  const originalSender = organizationAt(acknowledged, acknowledged.senderReference, 'sending');

  const outcome: OperationOutcome | undefined =
    input.code === 'ok'
      ? undefined
      : {
          resourceType: 'OperationOutcome',
          id: newId(),
          meta: { profile: [MedComProfiles.acknowledgementOperationOutcome] },
          text: narrative((input.issues ?? []).map((issue) => [issue.code, issue.diagnostics] as const)),
          issue: (input.issues ?? []).map((issue) => ({
            severity: input.code === 'fatal-error' ? ('fatal' as const) : ('error' as const),
            code: issue.code,
            diagnostics: issue.diagnostics,
          })),
        };

  const header: MessageHeader = {
    resourceType: 'MessageHeader',
    id: newId(),
    meta: { profile: [MedComProfiles.acknowledgementMessageHeader] },
    text: narrative([
      ['Meddelelse', ACKNOWLEDGEMENT_EVENT],
      ['Kvittering for', `MessageHeader/${acknowledged.headerId}`],
      ['Svar', input.code],
      ['Afsender', acknowledger.name ?? 'ukendt'],
      ['Modtager', originalSender.name ?? 'ukendt'],
    ]),
    eventCoding: { system: MedComSystems.messageEvents, code: ACKNOWLEDGEMENT_EVENT },
    destination: [
      {
        extension: [{ url: MedComExtensions.destinationUse, valueCoding: { system: MedComSystems.destinationUse, code: 'primary' } }],
        endpoint: acknowledged.sourceEndpoint,
        receiver: reference(originalSender),
      },
    ],
    sender: reference(acknowledger),
    source: { endpoint: acknowledged.primaryDestinationEndpoint ?? acknowledged.sourceEndpoint },
    response: {
      identifier: acknowledged.headerId,
      code: input.code,
      ...(outcome ? { details: reference(outcome) } : {}),
    },
  };

  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: newId(),
    meta: { profile: [MedComProfiles.messagingProvenance] },
    text: narrative([
      ['Aktivitet', 'acknowledgement'],
      ['Tidspunkt', at],
      ['Udført af', acknowledger.name ?? 'ukendt'],
    ]),
    target: [reference(header)],
    occurredDateTime: at,
    recorded: at,
    activity: { coding: [{ system: MedComSystems.activityCodes, code: 'acknowledgement' }] },
    agent: [{ who: reference(acknowledger) }],
    entity: [{ role: 'revision', what: { reference: `MessageHeader/${acknowledged.headerId}` } }],
  };

  const entry = (resource: Resource): BundleEntry => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource });
  return {
    resourceType: 'Bundle',
    id: newId(),
    meta: { profile: [MedComProfiles.acknowledgementMessage] },
    type: 'message',
    timestamp: at,
    entry: [header, provenance, acknowledger, originalSender, ...(outcome ? [outcome] : [])].map(entry),
  };
}
