import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { GpInboxMessageEntity } from '../infrastructure/gp-inbox-message.entity';
import type { GpInboxReplyEntity } from '../infrastructure/gp-inbox-reply.entity';

export class InboxPartyView {
  @ApiPropertyOptional({ nullable: true, type: String }) sorCode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) name!: string | null;
}

/** A received message as the GP's list shows it. */
export class GpInboxMessageSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() bundleId!: string;
  @ApiProperty() messageHeaderId!: string;
  @ApiProperty({ example: 'care-communication-message' }) eventCode!: string;
  @ApiProperty({ type: InboxPartyView }) sender!: InboxPartyView;
  @ApiProperty({ type: InboxPartyView }) recipient!: InboxPartyView;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'carecoordination' }) category!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) topic!: string | null;
  @ApiPropertyOptional({
    enum: ['ok', 'transient-error', 'fatal-error'],
    nullable: true,
    description: 'Null when this GP system keeps silent (its acknowledgements are lost)',
  })
  acknowledgementCode!: string | null;
  @ApiProperty({ description: 'Repeats of this message that were recognised and not shown again' })
  duplicatesReceived!: number;
}

/** A received message with the message itself (which names the patient by CPR) and the acknowledgement returned. */
export class GpInboxMessageView extends GpInboxMessageSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The FHIR message Bundle as received' })
  bundle!: object;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The MedCom acknowledgement Bundle returned',
  })
  acknowledgement!: object | null;
  @ApiProperty({ type: () => GpInboxReplyView, isArray: true, description: "The GP's replies, oldest first" })
  replies!: GpInboxReplyView[];
}

export class GpInboxReplyView {
  @ApiProperty() id!: string;
  @ApiProperty() sentAt!: string;
  @ApiProperty() bundleId!: string;
  @ApiProperty() messageHeaderId!: string;
  @ApiPropertyOptional({
    enum: ['ok', 'transient-error', 'fatal-error'],
    nullable: true,
    description: "The municipality's acknowledgement",
  })
  acknowledgementCode!: string | null;
}

export function toGpInboxReplyView(reply: GpInboxReplyEntity): GpInboxReplyView {
  return {
    id: reply.id,
    sentAt: reply.sentAt.toISOString(),
    bundleId: reply.bundle.id,
    messageHeaderId: reply.bundle.entry[0].resource.id,
    acknowledgementCode: reply.acknowledgementCode,
  };
}

export function toGpInboxMessageSummaryView(message: GpInboxMessageEntity): GpInboxMessageSummaryView {
  return {
    id: message.id,
    receivedAt: message.receivedAt.toISOString(),
    bundleId: message.bundleId,
    messageHeaderId: message.messageHeaderId,
    eventCode: message.eventCode,
    sender: { sorCode: message.senderSorCode, name: message.senderName },
    recipient: { sorCode: message.recipientSorCode, name: message.recipientName },
    category: message.category,
    topic: message.topic,
    acknowledgementCode: message.acknowledgementCode,
    duplicatesReceived: message.duplicatesReceived,
  };
}

export function toGpInboxMessageView(
  message: GpInboxMessageEntity,
  replies: readonly GpInboxReplyEntity[],
): GpInboxMessageView {
  return {
    ...toGpInboxMessageSummaryView(message),
    bundle: message.bundle,
    acknowledgement: message.acknowledgement,
    replies: replies.map(toGpInboxReplyView),
  };
}
