/**
 * The small part of FHIR R4 that MedCom messages use here, typed so the builders cannot
 * forget a required element. It is not a general FHIR model.
 */
export interface Meta {
  profile: string[];
}

export interface Narrative {
  status: 'generated' | 'extensions' | 'additional' | 'empty';
  /** XHTML, one div in the XHTML namespace. */
  div: string;
}

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference: string;
}

export interface Identifier {
  system?: string;
  value: string;
  assigner?: Reference;
}

export interface ContactPoint {
  system: 'phone' | 'email' | 'url';
  value: string;
  use?: 'work' | 'home' | 'mobile';
}

export interface HumanName {
  use?: 'official' | 'usual';
  family?: string;
  given?: string[];
  text?: string;
}

export interface Extension {
  url: string;
  valueCoding?: Coding;
  valueDateTime?: string;
  valueIdentifier?: Identifier;
  valueReference?: Reference;
  valueContactPoint?: ContactPoint;
}

interface DomainResource {
  id: string;
  meta?: Meta;
  text?: Narrative;
}

export type AcknowledgementCode = 'ok' | 'transient-error' | 'fatal-error';

export interface MessageHeaderDestination {
  extension: Extension[];
  endpoint: string;
  receiver: Reference;
}

export interface MessageHeader extends DomainResource {
  resourceType: 'MessageHeader';
  eventCoding: Coding;
  destination: MessageHeaderDestination[];
  sender: Reference;
  source: { endpoint: string };
  focus?: Reference[];
  definition?: string;
  response?: { identifier: string; code: AcknowledgementCode; details?: Reference };
}

export interface Attachment {
  contentType: string;
  /** Base64. */
  data?: string;
  url?: string;
  title: string;
  creation?: string;
}

/** One message segment: a text, or an attachment. */
export interface CommunicationPayload {
  extension: Extension[];
  contentString?: string;
  contentAttachment?: Attachment;
}

export interface Communication extends DomainResource {
  resourceType: 'Communication';
  identifier: Identifier[];
  status: 'unknown';
  category: CodeableConcept[];
  subject: Reference;
  topic?: CodeableConcept;
  priority?: string;
  recipient?: Reference[];
  payload: CommunicationPayload[];
}

export interface Patient extends DomainResource {
  resourceType: 'Patient';
  identifier: Identifier[];
  name?: HumanName[];
}

export interface Organization extends DomainResource {
  resourceType: 'Organization';
  identifier: Identifier[];
  name?: string;
}

export interface Practitioner extends DomainResource {
  resourceType: 'Practitioner';
  name: HumanName[];
}

export interface PractitionerRole extends DomainResource {
  resourceType: 'PractitionerRole';
  practitioner: Reference;
  organization: Reference;
  code?: CodeableConcept[];
}

export interface ProvenanceEntity {
  role: 'source' | 'revision' | 'removal';
  what: { reference?: string; identifier?: Identifier };
}

export interface Provenance extends DomainResource {
  resourceType: 'Provenance';
  target: Reference[];
  occurredDateTime: string;
  recorded: string;
  activity: CodeableConcept;
  agent: { who: Reference }[];
  entity?: ProvenanceEntity[];
}

export interface OperationOutcome extends DomainResource {
  resourceType: 'OperationOutcome';
  issue: { severity: 'fatal' | 'error' | 'warning' | 'information'; code: string; diagnostics?: string }[];
}

export type Resource =
  | MessageHeader
  | Communication
  | Patient
  | Organization
  | Practitioner
  | PractitionerRole
  | Provenance
  | OperationOutcome;

export interface BundleEntry<R extends Resource = Resource> {
  fullUrl: string;
  resource: R;
}

/** A FHIR message: a Bundle whose first entry is its MessageHeader. */
export interface MessageBundle {
  resourceType: 'Bundle';
  id: string;
  meta?: Meta;
  type: 'message';
  timestamp: string;
  entry: BundleEntry[];
}
