import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IncomingMessageEntity } from '../infrastructure/incoming-message.entity';

/** A message from a GP as the team's list shows it; it never carries the CPR number. */
export class IncomingMessageSummaryView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) caseId!: string | null;
  @ApiProperty({ enum: ['accepted', 'rejected', 'acknowledgement'] }) outcome!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'reply-message, modified-message, …' }) activity!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) eventCode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) bundleId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) messageHeaderId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) topic!: string | null;
  @ApiPropertyOptional({ enum: ['ok', 'transient-error', 'fatal-error'], nullable: true }) acknowledgementCode!:
    string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'What was wrong with a refused message' })
  problems!: { code: string; diagnostics: string }[];
  @ApiProperty() transport!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ description: 'Times the same message arrived again (shown once)' }) duplicatesReceived!: number;
}

export class IncomingMessageView extends IncomingMessageSummaryView {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The MedCom message (it names the patient by CPR)',
  })
  message!: object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) acknowledgement!: object | null;
  @ApiProperty({ description: 'The bytes as received, base64, also when they were not a message' }) rawBase64!: string;
}

function topicOf(message: IncomingMessageEntity): string | null {
  const communication = message.message?.entry.find(
    (entry) => entry.resource.resourceType === 'Communication',
  )?.resource;
  return communication?.resourceType === 'Communication' ? (communication.topic?.text ?? null) : null;
}

export function toIncomingMessageSummaryView(message: IncomingMessageEntity): IncomingMessageSummaryView {
  return {
    id: message.id,
    caseId: message.caseId,
    outcome: message.outcome,
    activity: message.activity,
    eventCode: message.eventCode,
    bundleId: message.bundleId,
    messageHeaderId: message.messageHeaderId,
    topic: topicOf(message),
    acknowledgementCode: message.acknowledgementCode,
    problems: message.problems,
    transport: message.transport,
    receivedAt: message.receivedAt.toISOString(),
    duplicatesReceived: message.duplicatesReceived,
  };
}

export function toIncomingMessageView(message: IncomingMessageEntity): IncomingMessageView {
  return {
    ...toIncomingMessageSummaryView(message),
    message: message.message,
    acknowledgement: message.acknowledgement,
    rawBase64: Buffer.from(message.raw).toString('base64'),
  };
}
