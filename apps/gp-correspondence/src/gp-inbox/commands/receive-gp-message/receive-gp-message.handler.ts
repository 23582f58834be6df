import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { buildAcknowledgementMessage } from '../../../medcom/acknowledgement.builder';
import {
  readMessage,
  type ReadMessage,
  resolveReference,
  resourcesOfType,
} from '../../../medcom/message-bundle.reader';
import { MedComSystems } from '../../../medcom/medcom.systems';
import { checkCareCommunication } from '../../domain/received-message-checks';
import { GpInboxRepository } from '../../infrastructure/gp-inbox.repository';
import { ReceiveGpMessageCommand, type ReceiveGpMessageResult } from './receive-gp-message.command';

/** Where the GP system's own resources live; it only names the entries of its acknowledgements. */
export const GP_INBOX_FULL_URL_BASE = 'https://gp-inbox.rehab-orchestrator.invalid/fhir';

function organization(
  message: ReadMessage,
  reference: string | undefined,
): { sorCode: string | null; name: string | null } {
  const found = reference ? resolveReference(message.bundle, reference) : undefined;
  if (found?.resourceType !== 'Organization') return { sorCode: null, name: null };
  return {
    sorCode: found.identifier?.find((identifier) => identifier.system === MedComSystems.sor)?.value ?? null,
    name: found.name ?? null,
  };
}

/**
 * The built-in GP inbox: it deduplicates on Bundle.id + MessageHeader.id, keeps the message
 * once (a duplicate is never shown twice), and answers with a MedCom acknowledgement, the
 * same one again for a duplicate. A clinic named in GP_INBOX_SILENT_SOR_CODES plays a GP
 * system whose acknowledgements are lost: it keeps the message and never answers, which lets
 * the demo and the tests show the resend rules.
 */
@CommandHandler(ReceiveGpMessageCommand)
export class ReceiveGpMessageHandler implements ICommandHandler<ReceiveGpMessageCommand, ReceiveGpMessageResult> {
  private readonly silentSorCodes: ReadonlySet<string>;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly inbox: GpInboxRepository,
    settings: RuntimeSettings,
  ) {
    this.silentSorCodes = new Set(
      settings
        .get('GP_INBOX_SILENT_SOR_CODES', '')
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    );
  }

  async execute(command: ReceiveGpMessageCommand): Promise<ReceiveGpMessageResult> {
    // A message we cannot read cannot be acknowledged either; the sender's transport sees the error.
    const message = readMessage(command.message);
    return this.transactions.run(async () => {
      const earlier = await this.inbox.findByMessageIdentity(message.bundleId, message.headerId);
      if (earlier) return this.duplicateOf(earlier.id, earlier.acknowledgement);

      const problems = checkCareCommunication(message);
      const acknowledgement = buildAcknowledgementMessage({
        acknowledged: message,
        code: problems.length === 0 ? 'ok' : 'fatal-error',
        issues: problems,
        at: new Date(),
        fullUrlBase: GP_INBOX_FULL_URL_BASE,
      });
      const communication = resourcesOfType(message.bundle, 'Communication')[0];
      const recipient = organization(message, message.primaryReceiverReference);
      const silent = recipient.sorCode !== null && this.silentSorCodes.has(recipient.sorCode);
      const sender = organization(message, message.senderReference);
      const id = randomUUID();
      const inserted = await this.inbox.insert({
        id,
        bundleId: message.bundleId,
        messageHeaderId: message.headerId,
        eventCode: message.eventCode,
        recipientSorCode: recipient.sorCode,
        recipientName: recipient.name,
        senderSorCode: sender.sorCode,
        senderName: sender.name,
        category: communication?.category?.[0]?.coding?.[0]?.code ?? null,
        topic: communication?.topic?.text ?? null,
        bundle: message.bundle,
        acknowledgement: silent ? null : acknowledgement,
        acknowledgementCode: silent ? null : problems.length === 0 ? 'ok' : 'fatal-error',
      });
      if (!inserted) {
        // The same message arrived twice at once; the other delivery stored it first.
        const stored = await this.inbox.findByMessageIdentity(message.bundleId, message.headerId);
        if (!stored) throw new Error('A GP inbox message vanished while it was being received');
        return this.duplicateOf(stored.id, stored.acknowledgement);
      }
      return { inboxMessageId: id, acknowledgement: silent ? null : acknowledgement, duplicate: false };
    });
  }

  private async duplicateOf(
    id: string,
    acknowledgement: ReceiveGpMessageResult['acknowledgement'],
  ): Promise<ReceiveGpMessageResult> {
    await this.inbox.countDuplicate(id);
    return { inboxMessageId: id, acknowledgement, duplicate: true };
  }
}
