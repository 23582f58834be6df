import {
  CARE_COMMUNICATION_ACTIVITIES,
  CARE_COMMUNICATION_CATEGORIES,
  MedComExtensions,
  MedComSystems,
} from '../medcom.systems';

/**
 * One rule of the MedCom profiles, written as a FHIRPath expression that is true when the
 * rule holds. `context` is the resource type the expression is evaluated on, once for each
 * such resource in the message; 'Bundle' evaluates it on the message itself.
 */
export interface MedComRule {
  /** The profile's own invariant id where it has one (medcom-careCommunication-5), otherwise ours. */
  id: string;
  context:
    'Bundle' | 'MessageHeader' | 'Communication' | 'Provenance' | 'Organization' | 'Patient' | 'PractitionerRole';
  expression: string;
  /** Says what the rule demands; it never quotes a value from the message. */
  description: string;
  /** A warning is reported but does not make the message invalid; the default is error. */
  severity?: 'error' | 'warning';
  /**
   * Binds the producer of a message only: a receiver is lenient and does not reject a message
   * for it (the FSH examples, for one, leave the narrative to the IG publisher).
   */
  producerOnly?: boolean;
}

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');
const extension = (url: string) => `extension('${url}')`;

/** The MedCom messaging rules every message obeys (MedComMessagingMessage and its header). */
export const MESSAGING_RULES: readonly MedComRule[] = [
  {
    id: 'bundle-id',
    context: 'Bundle',
    expression: 'id.exists() and id.length() > 0',
    description: 'Bundle.id is required.',
  },
  {
    id: 'bundle-type',
    context: 'Bundle',
    expression: "type = 'message'",
    description: "Bundle.type is fixed to 'message'.",
  },
  {
    id: 'bundle-timestamp',
    context: 'Bundle',
    expression: 'timestamp.exists()',
    description: 'Bundle.timestamp is required.',
  },
  {
    id: 'bundle-first-entry',
    context: 'Bundle',
    expression: "entry.first().resource.resourceType = 'MessageHeader'",
    description: 'The first entry of a message is its MessageHeader.',
  },
  {
    id: 'medcom-messaging-2',
    context: 'Bundle',
    expression: "entry.resource.where(resourceType = 'Provenance').exists()",
    description: 'There shall be at least one Provenance resource in a MedCom message.',
  },
  {
    id: 'entry-full-url',
    context: 'Bundle',
    expression: 'entry.all(fullUrl.exists() and resource.id.exists())',
    description: 'Every entry has a fullUrl and a resource with an id.',
  },
  {
    id: 'header-primary-destination',
    context: 'MessageHeader',
    expression: `destination.where(${extension(MedComExtensions.destinationUse)}.value.code = 'primary').count() = 1`,
    description: 'The MessageHeader has exactly one primary destination, marked with the destination-use extension.',
  },
  {
    id: 'header-destination-use',
    context: 'MessageHeader',
    expression: `destination.all(${extension(MedComExtensions.destinationUse)}.value.system = '${MedComSystems.destinationUse}' and endpoint.exists() and receiver.exists())`,
    description: 'Every destination names its use (primary or cc), an endpoint and a receiver.',
  },
  {
    id: 'header-sender',
    context: 'MessageHeader',
    expression: "sender.reference.resolve().where(resourceType = 'Organization').exists()",
    description: 'MessageHeader.sender refers to an Organization in the message.',
  },
  {
    id: 'header-receiver',
    context: 'MessageHeader',
    expression:
      "destination.receiver.reference.resolve().where(resourceType = 'Organization').count() = destination.count()",
    description: 'Every MessageHeader.destination.receiver refers to an Organization in the message.',
  },
  {
    id: 'header-source-endpoint',
    context: 'MessageHeader',
    expression: 'source.endpoint.exists()',
    description: 'MessageHeader.source.endpoint (where the acknowledgement goes) is required.',
  },
  {
    id: 'header-event-system',
    context: 'MessageHeader',
    expression: `eventCoding.system = '${MedComSystems.messageEvents}'`,
    description: 'MessageHeader.eventCoding comes from the MedCom messaging event codes.',
  },
  {
    id: 'organization-identifiers',
    context: 'Organization',
    expression: `identifier.where(system = '${MedComSystems.sor}').value.exists() and identifier.where(system = '${MedComSystems.ean}').value.exists()`,
    description: 'A messaging Organization carries a SOR identifier and an EAN (GLN) identifier.',
    producerOnly: true,
  },
  {
    id: 'organization-sor',
    context: 'Organization',
    expression: `identifier.where(system = '${MedComSystems.sor}').value.exists()`,
    description: 'A messaging Organization carries a SOR identifier.',
  },
  {
    // Received messages are read leniently: an EAN under another system, or none, is reported, not refused.
    id: 'organization-ean',
    context: 'Organization',
    expression: `identifier.where(system = '${MedComSystems.ean}').value.exists()`,
    description: `A messaging Organization carries its EAN (GLN) identifier under ${MedComSystems.ean}.`,
    severity: 'warning',
  },
  {
    id: 'provenance-target',
    context: 'Provenance',
    expression:
      'target.count() = 1 and occurred.exists() and activity.coding.count() = 1 and activity.coding.system.exists() and activity.coding.code.exists() and agent.who.exists()',
    description:
      'A Provenance has one target, an occurred time, one activity coding with system and code, and an agent.',
  },
  {
    id: 'narrative',
    context: 'Bundle',
    expression:
      "entry.resource.where(resourceType != 'Provenance' and resourceType != 'OperationOutcome').all(text.`div`.exists())",
    description: 'The narrative text SHALL always be included on the message resources.',
    producerOnly: true,
  },
];

/** MedComCareCommunicationMessage and the profiles in it, with invariants cc-1 to cc-15. */
export const CARE_COMMUNICATION_RULES: readonly MedComRule[] = [
  ...MESSAGING_RULES,
  {
    id: 'medcom-careCommunication-1',
    context: 'Bundle',
    expression:
      "entry[0].resource.meta.profile.where($this.startsWith('http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-messageHeader')).exists()",
    description: 'The MessageHeader shall be the medcom-careCommunication-messageHeader.',
  },
  {
    id: 'medcom-careCommunication-2',
    context: 'Bundle',
    expression: "entry.where(resource.resourceType = 'Patient').count() = 1",
    description: 'Entry shall contain exactly one Patient resource.',
  },
  {
    id: 'medcom-careCommunication-3',
    context: 'Bundle',
    expression:
      "entry.resource.where(resourceType = 'Provenance').all(meta.profile.where($this.startsWith('http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-provenance')).exists())",
    description: 'All Provenance resources shall be of the medcom-careCommunication-provenance profile.',
  },
  {
    id: 'medcom-careCommunication-4',
    context: 'Bundle',
    expression:
      "entry.resource.where(resourceType = 'PractitionerRole').exists() implies entry.resource.where(resourceType = 'Practitioner').name.exists()",
    description: 'There shall exist a practitioner given and family name when using a PractitionerRole.',
  },
  {
    id: 'medcom-careCommunication-13',
    context: 'Bundle',
    expression: "entry.resource.where(resourceType = 'PractitionerRole').all(practitioner.reference.exists())",
    description: 'All PractitionerRole resources shall have a reference to a Practitioner.',
  },
  {
    id: 'medcom-careCommunication-15',
    context: 'Bundle',
    expression:
      "iif(entry.resource.where(resourceType = 'Encounter').exists(), entry.resource.where(resourceType = 'Encounter').id = entry.resource.where(resourceType = 'Communication').encounter.reference.resolve().id, entry.resource.where(resourceType = 'Communication').encounter.exists().not())",
    description: 'An Encounter in the bundle is referenced from Communication.encounter, and only then.',
  },
  {
    id: 'header-event-code',
    context: 'MessageHeader',
    expression: "eventCoding.code = 'care-communication-message'",
    description: "MessageHeader.eventCoding is fixed to 'care-communication-message'.",
  },
  {
    id: 'header-no-cc',
    context: 'MessageHeader',
    expression: `destination.where(${extension(MedComExtensions.destinationUse)}.value.code = 'cc').empty()`,
    description: 'A CareCommunication has no cc destinations.',
  },
  {
    id: 'header-focus',
    context: 'MessageHeader',
    expression: "focus.count() = 1 and focus.reference.resolve().where(resourceType = 'Communication').exists()",
    description: 'MessageHeader.focus is exactly one reference to the Communication in the message.',
  },
  {
    id: 'medcom-carecommunication-definition-url',
    context: 'MessageHeader',
    expression:
      "definition.exists() and definition.matches('^http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition[|]5[.][0-9]{1,2}$')",
    description: 'MessageHeader.definition is the CareCommunication MessageDefinition, version 5.x.',
  },
  {
    id: 'communication-status',
    context: 'Communication',
    expression: "status = 'unknown'",
    description: "Communication.status is fixed to 'unknown'.",
  },
  {
    id: 'medcom-uuidv4',
    context: 'Communication',
    expression:
      "identifier.count() = 1 and identifier.value.matches('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')",
    description: "Communication.identifier is exactly one 'urn:uuid:' UUID.",
  },
  {
    id: 'communication-category',
    context: 'Communication',
    expression: `category.count() = 1 and category.coding.count() = 1 and category.coding.system = '${MedComSystems.careCommunicationCategories}' and (category.coding.code in (${quoted(CARE_COMMUNICATION_CATEGORIES)}))`,
    description: 'Communication.category is exactly one code from the MedCom CareCommunication category codes.',
  },
  {
    id: 'communication-subject',
    context: 'Communication',
    expression: "subject.reference.resolve().where(resourceType = 'Patient').exists()",
    description: 'Communication.subject refers to the Patient in the message.',
  },
  {
    id: 'communication-recipient',
    context: 'Communication',
    expression:
      "recipient.count() <= 1 and recipient.reference.resolve().where(resourceType = 'PractitionerRole' or resourceType = 'CareTeam').count() = recipient.count()",
    description: 'Communication.recipient is at most one PractitionerRole or CareTeam.',
  },
  {
    id: 'communication-topic-text',
    context: 'Communication',
    expression: 'topic.exists() implies topic.text.exists()',
    description: 'A topic is given as topic.text.',
  },
  {
    id: 'communication-text-payload',
    context: 'Communication',
    expression: 'payload.where(content is string).exists()',
    description: 'At least one payload with a message text shall be included.',
  },
  {
    id: 'communication-text-payload-extensions',
    context: 'Communication',
    expression: `payload.where(content is string).all(${extension(MedComExtensions.payloadDate)}.count() = 1 and ${extension(MedComExtensions.payloadIdentifier)}.count() = 1 and ${extension(MedComExtensions.payloadAuthor)}.count() = 1 and ${extension(MedComExtensions.payloadAuthorContact)}.count() = 1)`,
    description: 'Every message text carries the date, identifier, author and author-contact extensions.',
  },
  {
    id: 'communication-attachment-payload',
    context: 'Communication',
    expression: `payload.where(content is Attachment).all(${extension(MedComExtensions.payloadDate)}.count() = 1 and ${extension(MedComExtensions.payloadIdentifier)}.count() = 1 and content.title.exists() and (content.data.exists() implies content.contentType.exists()))`,
    description:
      'Every attachment carries the date and identifier extensions and a title, and a content type with its data.',
  },
  {
    id: 'communication-attachment-content',
    context: 'Communication',
    expression: 'payload.where(content is Attachment).all(content.data.exists() or content.url.exists())',
    description: 'An attachment shall contain its content (data) or a link (url).',
    severity: 'warning',
  },
  {
    id: 'communication-attachment-type',
    context: 'Communication',
    expression:
      "payload.where(content is Attachment).content.contentType.all($this in ('application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif'))",
    description: 'Attachments are PDF, PNG, JPEG or GIF.',
  },
  {
    id: 'medcom-careCommunication-5',
    context: 'Communication',
    expression: "where(category.coding.code != 'regarding-referral').priority.empty()",
    description: "Priority must not be present when Communication.category is other than 'regarding-referral'.",
  },
  {
    id: 'medcom-careCommunication-6',
    context: 'Communication',
    expression: "iif(category.coding.code != 'other', true, category.coding.code = 'other' and topic.exists())",
    description: "There shall exist a Communication.topic when Communication.category = 'other'.",
  },
  {
    id: 'medcom-careCommunication-7',
    context: 'Communication',
    expression: `payload.${extension(MedComExtensions.payloadAuthor)}.value.resolve().all(code.coding.code.exists() xor code.text.exists())`,
    description: 'There shall exist a practitioner role when using a PractitionerRole as author in a message segment.',
  },
  {
    id: 'medcom-careCommunication-8',
    context: 'Communication',
    expression: `payload.where(${extension(MedComExtensions.payloadAuthor)}.exists()).extension.value.reference.resolve().practitioner.resolve().name.exists()`,
    description: 'There shall exist a practitioner name when using a Practitioner as author in a message segment.',
  },
  {
    id: 'medcom-careCommunication-9',
    context: 'Communication',
    expression: 'iif(encounter.exists().not(), true, encounter.reference.resolve().episodeOfCare.identifier.exists())',
    description: 'An episodeOfCare-identifier must be included when an Encounter instance is included.',
  },
  {
    id: 'medcom-careCommunication-11',
    context: 'Bundle',
    expression:
      "entry.resource.where(resourceType = 'Communication').extension.value.reference.resolve().managingOrganization.reference.resolve().id = entry[0].resource.sender.reference.resolve().id or entry.resource.where(resourceType = 'Communication').extension.value.reference.resolve().organization.reference.resolve().id = entry[0].resource.sender.reference.resolve().id or entry.resource.where(resourceType = 'Communication').extension.exists().not()",
    description: 'A specific sender belongs to the organisation in MessageHeader.sender.',
  },
  {
    id: 'medcom-careCommunication-12',
    context: 'Bundle',
    expression:
      "entry.resource.where(resourceType = 'Communication').recipient.reference.resolve().managingOrganization.reference.resolve().id = entry[0].resource.destination.receiver.reference.resolve().id or entry.resource.where(resourceType = 'Communication').recipient.reference.resolve().organization.reference.resolve().id = entry[0].resource.destination.receiver.reference.resolve().id or entry.resource.where(resourceType = 'Communication').recipient.exists().not()",
    description: 'A specific recipient belongs to the organisation in MessageHeader.destination.receiver.',
  },
  {
    id: 'provenance-activity',
    context: 'Provenance',
    expression: `activity.coding.system = '${MedComSystems.activityCodes}' and (activity.coding.code in (${quoted(CARE_COMMUNICATION_ACTIVITIES)}))`,
    description:
      'Provenance.activity is one of new-message, reply-message, forward-message, retract-message, modified-message.',
  },
  {
    id: 'provenance-target-header',
    context: 'Provenance',
    expression: "target.reference.matches('MessageHeader/')",
    description: 'Provenance.target refers to a MessageHeader.',
  },
  {
    id: 'provenance-payload-entities',
    context: 'Provenance',
    expression:
      "activity.coding.code = 'retract-message' or entity.where(role = 'source').where(what.identifier.value.exists()).exists()",
    description: 'A Provenance names the payloads it covers (entity with role source and the payload identifier).',
  },
  {
    id: 'provenance-preceding-message',
    context: 'Provenance',
    expression:
      "(activity.coding.code in ('reply-message' | 'modified-message' | 'forward-message' | 'retract-message')) implies entity.where(role = 'revision' or role = 'removal').where(what.reference.exists() or what.identifier.exists()).exists()",
    description:
      'A reply, correction, forward or retraction refers to the previous message (entity with role revision).',
  },
  {
    id: 'patient-cpr',
    context: 'Patient',
    expression: 'identifier.where(value.exists()).exists()',
    description: 'The Patient carries an identifier (CPR number, or a replacement CPR number).',
  },
];

/** MedComAcknowledgementMessage: the response to a message, with an OperationOutcome unless ok. */
export const ACKNOWLEDGEMENT_RULES: readonly MedComRule[] = [
  ...MESSAGING_RULES,
  {
    id: 'acknowledgement-event-code',
    context: 'MessageHeader',
    expression: "eventCoding.code = 'acknowledgement-message'",
    description: "MessageHeader.eventCoding is fixed to 'acknowledgement-message'.",
  },
  {
    id: 'acknowledgement-response',
    context: 'MessageHeader',
    expression: "response.identifier.exists() and (response.code in ('ok' | 'transient-error' | 'fatal-error'))",
    description:
      'MessageHeader.response names the acknowledged MessageHeader.id and a code: ok, transient-error or fatal-error.',
  },
  {
    id: 'medcom-acknowledgement-1',
    context: 'MessageHeader',
    expression:
      "response.code = 'ok' or response.details.reference.resolve().where(resourceType = 'OperationOutcome').exists()",
    description: 'An acknowledgement that is not ok refers to an OperationOutcome in the message saying why.',
  },
  {
    id: 'acknowledgement-provenance',
    context: 'Provenance',
    expression: "activity.coding.code in ('acknowledgement' | 'new-message')",
    description: "The acknowledgement's Provenance has the activity acknowledgement.",
  },
];

/** The most a whole message may weigh, attachments included (50 MB). */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;
