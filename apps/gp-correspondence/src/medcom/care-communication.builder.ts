import { createHash, randomUUID } from 'node:crypto';
import type {
  BundleEntry,
  CommunicationPayload,
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
  type CareCommunicationActivity,
  type CareCommunicationCategory,
  MedComExtensions,
  MedComProfiles,
  MedComSystems,
  sorEndpoint,
  UUID_V4,
} from './medcom.systems';
import { narrative } from './narrative';

/** A messaging organisation (MedComMessagingOrganization): a SOR-registered unit with its EAN number. */
export interface MessagingOrganizationInput {
  sorCode: string;
  /** EAN/GLN location number (lokationsnummer); the profile requires it. */
  eanCode: string;
  name: string;
}

/** The attachment types MedCom allows in a CareCommunication. */
export type AttachmentContentType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif';

export interface CareCommunicationAttachmentInput {
  /** Shown to the GP; MedCom forbids a ".pdf"-style ending in it. */
  title: string;
  contentType: AttachmentContentType;
  data: Buffer;
  createdAt: Date;
}

/**
 * The earlier message a reply, correction, retraction or forward continues: its
 * MessageHeader.id, the thread's Communication.identifier, and the payloads and Provenance
 * records the earlier message carried, which a MedCom message repeats.
 */
export interface PrecedingMessageInput {
  messageHeaderId: string;
  communicationIdentifier: string;
  payloads: readonly CommunicationPayload[];
  provenances: readonly Provenance[];
  /** The earlier payloads' authors (PractitionerRole and Practitioner), so their references resolve. */
  authors: readonly (PractitionerRole | Practitioner)[];
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
  /** What this message does to its thread; new-message when not given. */
  activity?: CareCommunicationActivity;
  /** Required for every activity but new-message. */
  preceding?: PrecedingMessageInput;
  attachments?: readonly CareCommunicationAttachmentInput[];
  /** Base of the entries' fullUrls; references inside the bundle are relative to it ("Patient/<id>"). */
  fullUrlBase?: string;
}

/** The whole message may weigh at most 50 MB; attachments travel base64-encoded. */
const MAX_ATTACHMENT_BYTES = 35 * 1024 * 1024;

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

/**
 * The same name gives the same id (a name-based UUID, version 5 layout), so that the
 * organisations and author a thread's earlier Provenance and payloads refer to are found
 * again in the next message of the thread. Never used for the patient: an id derived from a
 * CPR number could be reversed.
 */
export function stableResourceId(...parts: string[]): string {
  const hex = createHash('sha1')
    .update(`rehab-gp-correspondence:${parts.join('|')}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function organization(input: MessagingOrganizationInput): Organization {
  ensure(/^\d{6,18}$/.test(input.sorCode), 'An organisation needs a SOR code of 6 to 18 digits.');
  ensure(/^\d{13}$/.test(input.eanCode), 'An organisation needs an EAN location number of 13 digits.');
  ensure(input.name.trim().length > 0, 'An organisation needs a name.');
  const id = stableResourceId('organization', input.sorCode);
  return {
    resourceType: 'Organization',
    id,
    meta: { profile: [MedComProfiles.messagingOrganization] },
    text: narrative([
      ['Organisation', input.name],
      ['SOR-id', input.sorCode],
      ['EAN-lokationsnummer', input.eanCode],
    ]),
    identifier: [
      { system: MedComSystems.sor, value: input.sorCode },
      { system: MedComSystems.ean, value: input.eanCode },
    ],
    name: input.name,
  };
}

const ACTIVITY_IN_DANISH: Record<CareCommunicationActivity, string> = {
  'new-message': 'Ny meddelelse',
  'reply-message': 'Svar',
  'forward-message': 'Videresendt',
  'retract-message': 'Tilbagekaldt',
  'modified-message': 'Rettet',
};

/**
 * Builds a CareCommunication message (MedComCareCommunicationMessage, v5): the MessageHeader
 * first, then the Communication, the Patient, the sender and receiver organisations, the
 * author and the Provenance records. A reply, correction or retraction stays in the thread of
 * the preceding message (same Communication.identifier, the earlier payloads and Provenance
 * repeated, a new Provenance naming the earlier MessageHeader); a forward starts a new thread.
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
  ensure(
    input.category !== 'other' || Boolean(input.topic?.trim()),
    'A message of category "other" needs a topic (cc-6).',
  );
  ensure(/^[+]?[-0-9 ]+$/.test(input.author.phone), "The author's contact must be a telephone number.");
  const activity = input.activity ?? 'new-message';
  ensure(
    activity === 'new-message' || input.preceding !== undefined,
    `A ${activity} continues an earlier message, which must be given.`,
  );
  for (const attachment of input.attachments ?? []) {
    ensure(attachment.title.trim().length > 0, 'An attachment needs a title.');
    ensure(!/\.[a-z0-9]{2,4}$/i.test(attachment.title.trim()), 'An attachment title must not end in a file type.');
    ensure(
      attachment.data.length > 0 && attachment.data.length <= MAX_ATTACHMENT_BYTES,
      'An attachment must weigh between 1 byte and 35 MB.',
    );
  }
  ensure(
    input.author.givenName.trim().length > 0 && input.author.familyName.trim().length > 0,
    'The author needs a given and a family name (cc-4).',
  );

  const sentAt = input.sentAt.toISOString();
  const base = (input.fullUrlBase ?? DEFAULT_FULL_URL_BASE).replace(/\/$/, '');

  const sender = organization(input.sender);
  const receiver = organization(input.receiver);

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
      ? {
          name: [{ use: 'official' as const, family: input.patient.familyName, given: input.patient.givenNames ?? [] }],
        }
      : {}),
  };

  const authorKey = [input.sender.sorCode, input.author.givenName, input.author.familyName, input.author.role];
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: stableResourceId('practitioner', ...authorKey),
    meta: { profile: [MedComProfiles.practitioner] },
    text: narrative([['Navn', `${input.author.givenName} ${input.author.familyName}`]]),
    name: [{ family: input.author.familyName, given: [input.author.givenName] }],
  };

  const practitionerRole: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: stableResourceId('practitioner-role', ...authorKey),
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

  const textPayload: CommunicationPayload = {
    extension: [
      { url: MedComExtensions.payloadDate, valueDateTime: sentAt },
      {
        url: MedComExtensions.payloadIdentifier,
        valueIdentifier: { value: `urn:uuid:${newId()}`, assigner: reference(sender) },
      },
      { url: MedComExtensions.payloadAuthor, valueReference: reference(practitionerRole) },
      { url: MedComExtensions.payloadAuthorContact, valueContactPoint: { system: 'phone', value: input.author.phone } },
    ],
    contentString: input.text,
  };
  const attachmentPayloads: CommunicationPayload[] = (input.attachments ?? []).map((attachment) => ({
    extension: [
      { url: MedComExtensions.payloadDate, valueDateTime: sentAt },
      {
        url: MedComExtensions.payloadIdentifier,
        valueIdentifier: { value: `urn:uuid:${newId()}`, assigner: reference(sender) },
      },
      { url: MedComExtensions.payloadAuthor, valueReference: reference(practitionerRole) },
    ],
    contentAttachment: {
      contentType: attachment.contentType,
      data: attachment.data.toString('base64'),
      title: attachment.title.trim(),
      creation: attachment.createdAt.toISOString(),
    },
  }));
  const newPayloads = [textPayload, ...attachmentPayloads];
  const payloads = [...(input.preceding?.payloads ?? []), ...newPayloads];
  // The thread is the Communication.identifier; a forward starts a new one.
  const communicationIdentifier =
    input.preceding && activity !== 'forward-message' ? input.preceding.communicationIdentifier : `urn:uuid:${newId()}`;

  const communication: Communication = {
    resourceType: 'Communication',
    id: newId(),
    meta: { profile: [MedComProfiles.careCommunication] },
    text: narrative([
      ['Kategori', input.category],
      ...(input.topic ? [['Emne', input.topic] as const] : []),
      ['Meddelelsestype', ACTIVITY_IN_DANISH[activity]],
      ['Dato', sentAt],
      ['Forfatter', `${input.author.givenName} ${input.author.familyName}, ${input.author.role}`],
      ['Telefon', input.author.phone],
      ['Besked', input.text],
      ...attachmentPayloads.map(
        (payload) =>
          [
            'Bilag',
            `${payload.contentAttachment?.title ?? ''} (${payload.contentAttachment?.contentType ?? ''})`,
          ] as const,
      ),
    ]),
    identifier: [{ value: communicationIdentifier }],
    status: 'unknown',
    category: [{ coding: [{ system: MedComSystems.careCommunicationCategories, code: input.category }] }],
    subject: reference(patient),
    ...(input.topic ? { topic: { text: input.topic } } : {}),
    payload: payloads,
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
        extension: [
          {
            url: MedComExtensions.destinationUse,
            valueCoding: { system: MedComSystems.destinationUse, code: 'primary' },
          },
        ],
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
      ['Aktivitet', activity],
      ['Tidspunkt', sentAt],
      ['Udført af', input.sender.name],
      ...(input.preceding ? [['Forrige meddelelse', `MessageHeader/${input.preceding.messageHeaderId}`] as const] : []),
    ]),
    target: [reference(header)],
    occurredDateTime: sentAt,
    recorded: sentAt,
    activity: { coding: [{ system: MedComSystems.activityCodes, code: activity }] },
    agent: [{ who: reference(sender) }],
    entity: [
      ...(input.preceding
        ? [{ role: 'revision' as const, what: { reference: `MessageHeader/${input.preceding.messageHeaderId}` } }]
        : []),
      ...newPayloads.map((payload) => ({
        role: 'source' as const,
        what: { identifier: { value: payloadIdentifierOf(payload) } },
      })),
    ],
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
    entry: [
      header,
      communication,
      patient,
      sender,
      receiver,
      practitionerRole,
      practitioner,
      ...(input.preceding?.authors ?? []).filter(
        (author) => author.id !== practitionerRole.id && author.id !== practitioner.id,
      ),
      ...(input.preceding?.provenances ?? []),
      provenance,
    ].map(entry),
  };
}

/** The payload's own identifier (the identifier extension), by which Provenance names it. */
export function precedingMessageOf(bundle: MessageBundle): PrecedingMessageInput {
  const communication = bundle.entry
    .map((entry) => entry.resource)
    .find((resource) => resource.resourceType === 'Communication');
  if (communication?.resourceType !== 'Communication')
    throw new MedComRuleViolation('The earlier message has no Communication.');
  const ofType = <T extends Resource['resourceType']>(type: T) =>
    bundle.entry
      .map((entry) => entry.resource)
      .filter((resource): resource is Extract<Resource, { resourceType: T }> => resource.resourceType === type);
  return {
    messageHeaderId: bundle.entry[0].resource.id,
    communicationIdentifier: communication.identifier[0].value,
    payloads: communication.payload,
    provenances: ofType('Provenance'),
    authors: [...ofType('PractitionerRole'), ...ofType('Practitioner')],
  };
}

export function payloadIdentifierOf(payload: CommunicationPayload): string {
  const identifier = payload.extension.find(
    (extension) => extension.url === MedComExtensions.payloadIdentifier,
  )?.valueIdentifier;
  if (!identifier) throw new MedComRuleViolation('Every payload carries an identifier extension.');
  return identifier.value;
}
