/** The MedCom and FHIR identifiers, code systems and profiles the messages use. */
export const MedComSystems = {
  cpr: 'urn:oid:1.2.208.176.1.2',
  sor: 'urn:oid:1.2.208.176.1.1',
  /** EAN/GLN location number (lokationsnummer), as messaging/Aliases.fsh names it. */
  ean: 'urn:oid:1.3.88',
  messageEvents: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes',
  destinationUse: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse',
  careCommunicationCategories: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-careCommunication-categoryCodes',
  activityCodes: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes',
} as const;

export const MedComExtensions = {
  destinationUse: 'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension',
  payloadDate: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-datetime-extension',
  payloadAuthor: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner-extension',
  payloadAuthorContact: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-contact-extension',
  payloadIdentifier: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-identifier-extension',
} as const;

export const MedComProfiles = {
  careCommunicationMessage:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-message',
  careCommunicationMessageHeader:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-messageHeader',
  careCommunication:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-communication',
  careCommunicationProvenance:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-provenance',
  acknowledgementMessage:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgement',
  acknowledgementMessageHeader:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgementHeader',
  acknowledgementOperationOutcome:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-acknowledgement-operationoutcome',
  messagingProvenance: 'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-provenance',
  messagingOrganization: 'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-organization',
  patient: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-patient',
  practitioner: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner',
  practitionerRole: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitionerrole',
} as const;

export const CARE_COMMUNICATION_EVENT = 'care-communication-message';
export const ACKNOWLEDGEMENT_EVENT = 'acknowledgement-message';

/** Any 5.x is valid (invariant medcom-carecommunication-definition-url); this is the one we build to. */
export const CARE_COMMUNICATION_DEFINITION =
  'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition|5.0';

/** The national categories (kategorier) a CareCommunication may carry; the team outcome uses carecoordination. */
export const CARE_COMMUNICATION_CATEGORIES = [
  'carecoordination',
  'other',
  'regarding-referral',
  'examination-results',
] as const;
export type CareCommunicationCategory = (typeof CARE_COMMUNICATION_CATEGORIES)[number];

/** What a CareCommunication does to its thread (Provenance.activity). */
export const CARE_COMMUNICATION_ACTIVITIES = [
  'new-message',
  'reply-message',
  'forward-message',
  'retract-message',
  'modified-message',
] as const;
export type CareCommunicationActivity = (typeof CARE_COMMUNICATION_ACTIVITIES)[number];

/** The SOR-based address the examples use; it is also where the acknowledgement goes. */
export function sorEndpoint(sorCode: string): string {
  return `https://sor2.sum.dsdn.dk/#id=${sorCode}`;
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
