import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { ConsentPartySchema, ConsentScopeSchema } from '../consent';
import { SorCodeSchema } from '../vocabulary';

export const OutcomeMessageSent = defineEvent({
  type: 'gp-correspondence.outcome-message-sent',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    decisionId: z.uuid(),
    bundleId: z.uuid(),
    messageHeaderId: z.uuid(),
    recipientSorCode: SorCodeSchema,
    sentAt: z.iso.datetime({ offset: true }),
  }),
});

export const OutcomeMessageAcknowledged = defineEvent({
  type: 'gp-correspondence.outcome-message-acknowledged',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    messageHeaderId: z.uuid(),
    code: z.enum(['ok', 'transient-error', 'fatal-error']),
    acknowledgedAt: z.iso.datetime({ offset: true }),
  }),
});

/** What a message to a GP is for, and what it does to its thread (MedCom Provenance.activity). */
const GpMessagePurposeSchema = z.enum(['outcome', 'gp-certificate-request']);
const GpMessageActivitySchema = z.enum(['new-message', 'modified-message', 'retract-message', 'forward-message']);

const gpMessageFields = {
  caseId: z.uuid(),
  /** This service's id for the message, the same across its resends. */
  gpMessageId: z.uuid(),
  purpose: GpMessagePurposeSchema,
  activity: GpMessageActivitySchema,
  /** The first envelope's MessageHeader.id, as announced when the message was sent. */
  messageHeaderId: z.uuid(),
};

/**
 * A message other than a decision's outcome went to a GP: a correction, retraction or forward
 * of an outcome message, or the request for the GP certificate. (An outcome message itself is
 * announced as gp-correspondence.outcome-message-sent, as before.)
 */
export const GpMessageSent = defineEvent({
  type: 'gp-correspondence.gp-message-sent',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    bundleId: z.uuid(),
    recipientSorCode: SorCodeSchema,
    /** The message a correction, retraction or forward continues. */
    precedingGpMessageId: z.uuid().optional(),
    certificateRequestId: z.uuid().optional(),
    sentAt: z.iso.datetime({ offset: true }),
  }),
});

/** The GP's system acknowledged a message that is not an outcome message (those keep outcome-message-acknowledged). */
export const GpMessageAcknowledged = defineEvent({
  type: 'gp-correspondence.gp-message-acknowledged',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    code: z.enum(['ok', 'transient-error', 'fatal-error']),
    acknowledgedAt: z.iso.datetime({ offset: true }),
  }),
});

/** No acknowledgement came in time: the message went again in a new envelope (new Bundle.id and MessageHeader.id). */
export const GpMessageResent = defineEvent({
  type: 'gp-correspondence.gp-message-resent',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    resendNumber: z.number().int().positive(),
    bundleId: z.uuid(),
    envelopeMessageHeaderId: z.uuid(),
    resentAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * A message to a GP failed for good: the GP's system refused it (fatal-error), or it was never
 * acknowledged, resends included. The caseworker must reach the GP another way.
 */
export const GpMessageFailed = defineEvent({
  type: 'gp-correspondence.gp-message-failed',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    reason: z.enum(['refused-by-gp-system', 'no-acknowledgement']),
    /** What the GP's system said, or how long was waited; never any message content. */
    detail: z.string().trim().min(1).max(1000),
    failedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The GP answered: a reply (or the GP's correction or retraction of one) arrived and was
 * threaded to the message it answers. The text stays in this service; the team reads it there.
 */
export const GpReplyReceived = defineEvent({
  type: 'gp-correspondence.gp-reply-received',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    incomingMessageId: z.uuid(),
    activity: z.enum(['reply-message', 'modified-message', 'retract-message', 'forward-message', 'new-message']),
    /** Our message whose thread it belongs to. */
    inReplyToGpMessageId: z.uuid(),
    senderSorCode: SorCodeSchema,
    topic: z.string().trim().min(1).max(500).optional(),
    hasAttachments: z.boolean(),
    receivedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The GP answered the request for the GP certificate (LÆ 265). The certificate itself stays in
 * this service (documentReference names it); the health coordinator records it as received.
 */
export const GpCertificateArrived = defineEvent({
  type: 'gp-correspondence.gp-certificate-arrived',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    certificateRequestId: z.uuid(),
    incomingMessageId: z.uuid(),
    documentReference: z.string().trim().min(1).max(200),
    senderSorCode: SorCodeSchema,
    receivedAt: z.iso.datetime({ offset: true }),
  }),
});

/** Why a message to a GP waits instead of going: the consent its purpose needs is missing, or was withdrawn. */
export const GP_MESSAGE_HOLD_REASONS = ['consent-missing', 'consent-withdrawn'] as const;
export const GpMessageHoldReasonSchema = z.enum(GP_MESSAGE_HOLD_REASONS);
export type GpMessageHoldReason = z.infer<typeof GpMessageHoldReasonSchema>;

/**
 * A message to a GP is held, not sent and not dropped, because the citizen has not consented
 * to what it does (or has withdrawn the consent). It goes as soon as the consent is recorded.
 */
export const GpMessageHeld = defineEvent({
  type: 'gp-correspondence.gp-message-held',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    reason: GpMessageHoldReasonSchema,
    /** The consent that would let it go. */
    requiredConsent: z.object({ scope: ConsentScopeSchema, party: ConsentPartySchema }),
    heldAt: z.iso.datetime({ offset: true }),
  }),
});

/** A held message may go: the consent it needed was recorded. */
export const GpMessageReleased = defineEvent({
  type: 'gp-correspondence.gp-message-released',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    ...gpMessageFields,
    consentId: z.uuid(),
    releasedAt: z.iso.datetime({ offset: true }),
  }),
});

export const GP_CORRESPONDENCE_EVENTS = [
  OutcomeMessageSent,
  OutcomeMessageAcknowledged,
  GpMessageSent,
  GpMessageAcknowledged,
  GpMessageResent,
  GpMessageFailed,
  GpReplyReceived,
  GpCertificateArrived,
  GpMessageHeld,
  GpMessageReleased,
] as const;
