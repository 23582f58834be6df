import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GP_MESSAGE_HOLD_REASONS, RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import { holdExplanation, requiredConsentOf } from '../domain/consent-rule';
import {
  deliveryStateOf,
  OUTCOME_MESSAGE_STATUSES,
  OUTGOING_ACTIVITIES,
  pendingReasonOf,
} from '../domain/outcome-message';
import type { OutcomeMessageEntity } from '../infrastructure/outcome-message.entity';

export class RecipientView {
  @ApiProperty({ example: '123456789012' }) sorCode!: string;
  @ApiProperty({ example: 'Lægerne' }) name!: string;
}

/** An outcome message's progress. The list shows this; it never carries the CPR number. */
export class OutcomeMessageSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: ['outcome', 'gp-certificate-request'] }) purpose!: string;
  @ApiProperty({ enum: OUTGOING_ACTIVITIES }) activity!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The decision an outcome message tells' })
  decisionId!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The message a correction, retraction or forward continues',
  })
  precedingMessageId!: string | null;
  @ApiProperty({ enum: OUTCOME_MESSAGE_STATUSES }) status!: string;
  @ApiProperty({ enum: ['queued', 'waiting', 'delivered', 'failed'], description: 'The delivery as a person reads it' })
  delivery!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why the message failed' }) failureReason!:
    string | null;
  @ApiProperty({ description: 'Times it was sent again, in a new envelope, for want of an acknowledgement' })
  resends!: number;
  @ApiPropertyOptional({
    enum: ['awaiting-referral', 'awaiting-consent', 'awaiting-delivery'],
    nullable: true,
    description: 'Why a pending message has not gone yet',
  })
  pendingReason!: string | null;
  @ApiPropertyOptional({
    enum: GP_MESSAGE_HOLD_REASONS,
    nullable: true,
    description: 'Why the message is held instead of sent: the consent it needs is missing or withdrawn',
  })
  heldReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The held reason as a caseworker reads it' })
  heldExplanation!: string | null;
  @ApiPropertyOptional({
    type: RecipientView,
    nullable: true,
    description: "The citizen's GP, once the referral is known",
  })
  recipient!: RecipientView | null;
  @ApiPropertyOptional({ enum: RECOMMENDATION_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) followsRecommendation!: boolean | null;
  @ApiProperty() bundleId!: string;
  @ApiProperty() messageHeaderId!: string;
  @ApiProperty({ description: 'Delivery attempts so far' }) attempts!: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why the last attempt failed' }) lastError!:
    string | null;
  @ApiProperty() queuedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) lastAttemptAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'When a pending message is tried next' })
  nextAttemptAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sentAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) acknowledgedAt!: string | null;
  @ApiPropertyOptional({ enum: ['ok', 'transient-error', 'fatal-error'], nullable: true }) acknowledgementCode!:
    string | null;
}

export class OutcomeMessageView extends OutcomeMessageSummaryView {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The MedCom CareCommunication as delivered; it names the patient by CPR, as the GP needs',
  })
  bundle!: object | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The MedCom acknowledgement received',
  })
  acknowledgement!: object | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toOutcomeMessageSummaryView(message: OutcomeMessageEntity): OutcomeMessageSummaryView {
  return {
    id: message.id,
    caseId: message.caseId,
    purpose: message.purpose,
    activity: message.activity,
    decisionId: message.decisionId,
    precedingMessageId: message.precedingMessageId,
    status: message.status,
    delivery: deliveryStateOf(message.status),
    failureReason: message.failureReason,
    resends: message.resends,
    pendingReason: pendingReasonOf(message),
    heldReason: message.heldReason,
    heldExplanation: heldExplanationOf(message),
    recipient:
      message.recipientSorCode && message.recipientName
        ? { sorCode: message.recipientSorCode, name: message.recipientName }
        : null,
    outcome: message.decision?.outcome ?? null,
    followsRecommendation: message.decision?.followsRecommendation ?? null,
    bundleId: message.bundleId,
    messageHeaderId: message.messageHeaderId,
    attempts: message.attempts,
    lastError: message.lastError,
    queuedAt: message.queuedAt.toISOString(),
    lastAttemptAt: iso(message.lastAttemptAt),
    nextAttemptAt:
      message.status === 'pending' && message.recipientSorCode && !message.heldReason
        ? iso(message.nextAttemptAt)
        : null,
    sentAt: iso(message.sentAt),
    acknowledgedAt: iso(message.acknowledgedAt),
    acknowledgementCode: message.acknowledgementCode,
  };
}

function heldExplanationOf(message: OutcomeMessageEntity): string | null {
  const required = requiredConsentOf(message);
  return message.status === 'pending' && message.heldReason && required
    ? holdExplanation(message.heldReason, required)
    : null;
}

export function toOutcomeMessageView(message: OutcomeMessageEntity): OutcomeMessageView {
  return { ...toOutcomeMessageSummaryView(message), bundle: message.bundle, acknowledgement: message.acknowledgement };
}
