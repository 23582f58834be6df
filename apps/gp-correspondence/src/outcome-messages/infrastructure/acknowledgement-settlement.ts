import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import type { MessageBundle, OperationOutcome } from '../../medcom/fhir.types';
import { resolveReference } from '../../medcom/message-bundle.reader';
import { OutcomeMessageEventsPublisher } from '../messaging/outcome-message-events.publisher';
import type { OutcomeMessageEntity } from './outcome-message.entity';
import { GpMessageMetrics } from './gp-message-metrics';
import { OutcomeMessagesRepository } from './outcome-messages.repository';
import { safeErrorText } from './safe-error-text';

/** What the GP's system said was wrong, from the acknowledgement's OperationOutcome. */
export function refusalReasonOf(acknowledgement: MessageBundle): string {
  const header = acknowledgement.entry[0].resource;
  const details = header.resourceType === 'MessageHeader' ? header.response?.details?.reference : undefined;
  const outcome = details ? (resolveReference(acknowledgement, details) as OperationOutcome | undefined) : undefined;
  const issues = (outcome?.issue ?? []).map((issue) => {
    const coded = (issue as { details?: { coding?: { code?: string }[] } }).details?.coding?.[0]?.code;
    return [issue.code, coded, issue.diagnostics].filter(Boolean).join(': ');
  });
  // The GP system's words are foreign text: anything CPR-shaped in them is removed.
  return safeErrorText(
    new Error(`Refused by the GP's system (fatal-error)${issues.length ? `: ${issues.join('; ')}` : ''}`),
  ).replace(/^Error: /, '');
}

/**
 * Applies a recorded acknowledgement to a sent message, inside the caller's transaction: ok
 * → acknowledged; fatal-error → failed with the GP system's reason; transient-error → it stays
 * waiting and the resend rules ask again.
 */
@Injectable()
export class AcknowledgementSettlement {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly events: OutcomeMessageEventsPublisher,
  ) {}

  async settle(message: OutcomeMessageEntity): Promise<void> {
    if (message.status !== 'sent' && message.status !== 'acknowledged') return;
    if (!message.acknowledgement || !message.acknowledgementCode) return;
    switch (message.acknowledgementCode) {
      case 'ok':
        await this.messages.markAcknowledged(message.id);
        await this.events.acknowledged(message);
        return;
      case 'fatal-error': {
        await this.events.acknowledged(message);
        const failed = await this.messages.markFailed(message.id, refusalReasonOf(message.acknowledgement), new Date());
        if (failed) {
          await this.events.failed(failed, 'refused-by-gp-system');
          this.transactions.onCommit(() => GpMessageMetrics.failed('refused-by-gp-system'));
        }
        return;
      }
      case 'transient-error':
        await this.events.acknowledged(message);
        return;
    }
  }
}
