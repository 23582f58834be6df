import { randomUUID } from 'node:crypto';
import type {
  BundleEntry,
  Communication,
  MessageBundle,
  MessageHeader,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
  Resource,
} from './fhir.types';
import {
  CARE_COMMUNICATION_DEFINITION,
  CARE_COMMUNICATION_EVENT,
  type CareCommunicationCategory,
  MedComExtensions,
  MedComProfiles,
  MedComSystems,
  sorEndpoint,
  UUID_V4,
} from './medcom.systems';
import { narrative } from './narrative';

/** A messaging organisation (MedComMessagingOrganization): a SOR-registered unit. */
export interface MessagingOrganizationInput {
  sorCode: string;
  /** EAN/GLN location number; MedCom wants it, but we do not always know it (see the report). */
  eanCode?: string;
  name: string;
}

export interface CareCommunicationInput {
  /** Bundle.id and MessageHeader.id: new UUIDs for every message, never reused for another one. */
  bundleId: string;
  messageHeaderId: string;
  sentAt: Date;
  sender: MessagingOrganizationInput;
  receiver: MessagingOrganizationInput;
  /** The author of the message text, with the phone number a GP can call back on. */
  author: { givenName: string; familyName: string; role: string; phone: string };
  /** One citizen per message. */
  patient: { cpr: string; familyName?: string; givenNames?: string[] };
  category: CareCommunicationCategory;
  /** The heading (emne); required when the category is "other" (cc-6). */
  topic?: string;
  text: string;
  /** Base of the entries' fullUrls; references inside the bundle are relative to it ("Patient/<id>"). */
  fullUrlBase?: string;
}

export const DEFAULT_FULL_URL_BASE = 'https://gp-correspondence.rehab-orchestrator.invalid/fhir';

/** A message could not be built because it would break a MedCom rule. The text never quotes a value. */
export class MedComRuleViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MedComRuleViolation';
  }
}

function ensure(condition: boolean, message: string): void {
  if (!condition) throw new MedComRuleViolation(message);
}

function reference(resource: Resource): { reference: string } {
  return { reference: `${resource.resourceType}/${resource.id}` };
}

function organization(id: string, input: MessagingOrganizationInput): Organization {
  ensure(/^\d{6,18}$/.test(input.sorCode), 'An organisation needs a SOR code of 6 to 18 digits.');
  ensure(input.name.trim().length > 0, 'An organisation needs a name.');
  return {
    resourceType: 'Organization',
    id,
    meta: { profile: [MedComProfiles.messagingOrganization] },
    text: narrative([
      ['Organisation', input.name],
      ['SOR-id', input.sorCode],
      ...(input.eanCode ? [['EAN-lokationsnummer', input.eanCode] as const] : []),
    ]),
    identifier: [
      { system: MedComSystems.sor, value: input.sorCode },
      ...(input.eanCode ? [{ system: MedComSystems.ean, value: input.eanCode }] : []),
    ],
    name: input.name,
  };
}

/**
 * Builds a new CareCommunication message (MedComCareCommunicationMessage, v5): the
 * MessageHeader first, then the Communication, the Patient, the sender and receiver
 * organisations, the author and a Provenance for the new-message activity.
 */
export function buildCareCommunicationMessage(
  input: CareCommunicationInput,
  newId: () => string = randomUUID,
): MessageBundle {
  ensure(UUID_V4.test(input.bundleId), 'Bundle.id must be a new UUID (version 4).');
  ensure(UUID_V4.test(input.messageHeaderId), 'MessageHeader.id must be a new UUID (version 4).');
  ensure(input.bundleId !== input.messageHeaderId, 'Bundle.id and MessageHeader.id must differ.');
  ensure(/^\d{10}$/.test(input.patient.cpr), 'The patient needs a CPR number of ten digits.');
  ensure(input.text.trim().length > 0, 'The message needs a text.');
  ensure(input.category !== 'other' || Boolean(input.topic?.trim()), 'A message of category "other" needs a topic (cc-6).');
  ensure(/^[+]?[-0-9 ]+$/.test(input.author.phone), "The author's contact must be a telephone number.");
  ensure(
    input.author.givenName.trim().length > 0 && input.author.familyName.trim().length > 0,
    'The author needs a given and a family name (cc-4).',
  );

  const sentAt = input.sentAt.toISOString();
  const base = (input.fullUrlBase ?? DEFAULT_FULL_URL_BASE).replace(/\/$/, '');

  const sender = organization(newId(), input.sender);
  const receiver = organization(newId(), input.receiver);

  const patient: Patient = {
    resourceType: 'Patient',
    id: newId(),
    meta: { profile: [MedComProfiles.patient] },
    text: narrative([
      ['CPR-nummer', input.patient.cpr],
      ...(input.patient.familyName
        ? [['Navn', [...(input.patient.givenNames ?? []), input.patient.familyName].join(' ')] as const]
        : []),
    ]),
    identifier: [{ system: MedComSystems.cpr, value: input.patient.cpr }],
    ...(input.patient.familyName
      ? { name: [{ use: 'official' as const, family: input.patient.familyName, given: input.patient.givenNames ?? [] }] }
      : {}),
  };

  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: newId(),
    meta: { profile: [MedComProfiles.practitioner] },
    text: narrative([['Navn', `${input.author.givenName} ${input.author.familyName}`]]),
    name: [{ family: input.author.familyName, given: [input.author.givenName] }],
  };

  const practitionerRole: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: newId(),
    meta: { profile: [MedComProfiles.practitionerRole] },
    text: narrative([
      ['Rolle', input.author.role],
      ['Behandler', `${input.author.givenName} ${input.author.familyName}`],
      ['Organisation', input.sender.name],
    ]),
    practitioner: reference(practitioner),
    organization: reference(sender),
    // Role as text: the SKS role codes have no code for a municipal caseworker (code xor text).
    code: [{ text: input.author.role }],
  };

  const payloadIdentifier = `urn:uuid:${newId()}`;
  const communication: Communication = {
    resourceType: 'Communication',
    id: newId(),
    meta: { profile: [MedComProfiles.careCommunication] },
    text: narrative([
      ['Kategori', input.category],
      ...(input.topic ? [['Emne', input.topic] as const] : []),
      ['Dato', sentAt],
      ['Forfatter', `${input.author.givenName} ${input.author.familyName}, ${input.author.role}`],
      ['Telefon', input.author.phone],
      ['Besked', input.text],
    ]),
    identifier: [{ value: `urn:uuid:${newId()}` }],
    status: 'unknown',
    category: [{ coding: [{ system: MedComSystems.careCommunicationCategories, code: input.category }] }],
    subject: reference(patient),
    ...(input.topic ? { topic: { text: input.topic } } : {}),
    payload: [
      {
        extension: [
          { url: MedComExtensions.payloadDate, valueDateTime: sentAt },
          { url: MedComExtensions.payloadIdentifier, valueIdentifier: { value: payloadIdentifier, assigner: reference(sender) } },
          { url: MedComExtensions.payloadAuthor, valueReference: reference(practitionerRole) },
          { url: MedComExtensions.payloadAuthorContact, valueContactPoint: { system: 'phone', value: input.author.phone } },
        ],
        contentString: input.text,
      },
    ],
  };

  const header: MessageHeader = {
    resourceType: 'MessageHeader',
    id: input.messageHeaderId,
    meta: { profile: [MedComProfiles.careCommunicationMessageHeader] },
    text: narrative([
      ['Meddelelse', CARE_COMMUNICATION_EVENT],
      ['Afsender', `${input.sender.name} (SOR ${input.sender.sorCode})`],
      ['Modtager', `${input.receiver.name} (SOR ${input.receiver.sorCode})`],
      ['Modtagers adresse', sorEndpoint(input.receiver.sorCode)],
      ['Kvitteringsadresse', sorEndpoint(input.sender.sorCode)],
    ]),
    eventCoding: { system: MedComSystems.messageEvents, code: CARE_COMMUNICATION_EVENT },
    destination: [
      {
        extension: [{ url: MedComExtensions.destinationUse, valueCoding: { system: MedComSystems.destinationUse, code: 'primary' } }],
        endpoint: sorEndpoint(input.receiver.sorCode),
        receiver: reference(receiver),
      },
    ],
    sender: reference(sender),
    source: { endpoint: sorEndpoint(input.sender.sorCode) },
    focus: [reference(communication)],
    definition: CARE_COMMUNICATION_DEFINITION,
  };

  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: newId(),
    meta: { profile: [MedComProfiles.careCommunicationProvenance] },
    text: narrative([
      ['Aktivitet', 'new-message'],
      ['Tidspunkt', sentAt],
      ['Udført af', input.sender.name],
    ]),
    target: [reference(header)],
    occurredDateTime: sentAt,
    recorded: sentAt,
    activity: { coding: [{ system: MedComSystems.activityCodes, code: 'new-message' }] },
    agent: [{ who: reference(sender) }],
    entity: [{ role: 'source', what: { identifier: { value: payloadIdentifier } } }],
  };

  const entry = (resource: Resource): BundleEntry => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
  });

  return {
    resourceType: 'Bundle',
    id: input.bundleId,
    meta: { profile: [MedComProfiles.careCommunicationMessage] },
    type: 'message',
    timestamp: sentAt,
    entry: [header, communication, patient, sender, receiver, practitionerRole, practitioner, provenance].map(entry),
  };
}
