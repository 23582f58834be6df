import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { ReceiveIncomingMessageCommand } from '../../../incoming-messages/commands/receive-incoming-message/receive-incoming-message.command';
import {
  buildCareCommunicationMessage,
  type MessagingOrganizationInput,
  MedComRuleViolation,
  precedingMessageOf,
} from '../../../medcom/care-communication.builder';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { readMessage, resolveReference, resourcesOfType } from '../../../medcom/message-bundle.reader';
import { type CareCommunicationCategory, MedComSystems } from '../../../medcom/medcom.systems';
import { GpInboxRepository } from '../../infrastructure/gp-inbox.repository';
import { GP_INBOX_FULL_URL_BASE } from '../receive-gp-message/receive-gp-message.handler';
import { ReplyAsGpCommand, type ReplyAsGpResult } from './reply-as-gp.command';

function organizationOf(bundle: MessageBundle, reference: string | undefined): MessagingOrganizationInput {
  const found = reference ? resolveReference(bundle, reference) : undefined;
  const organization = found?.resourceType === 'Organization' ? found : undefined;
  const sorCode = organization?.identifier.find((identifier) => identifier.system === MedComSystems.sor)?.value;
  const eanCode = organization?.identifier.find((identifier) => identifier.system === MedComSystems.ean)?.value;
  if (!organization || !sorCode || !eanCode || !organization.name) {
    throw DomainError.ruleViolated(
      'The message does not name both organisations by SOR and EAN; it cannot be answered.',
    );
  }
  return { sorCode, eanCode, name: organization.name };
}

/**
 * The GP's reply from the built-in inbox: a reply-message in the thread of the message read
 * (the same Communication.identifier, the earlier payloads and Provenance repeated, a new
 * Provenance naming the earlier MessageHeader), sent to the municipality, whose
 * acknowledgement is kept with the reply.
 */
@CommandHandler(ReplyAsGpCommand)
export class ReplyAsGpHandler implements ICommandHandler<ReplyAsGpCommand, ReplyAsGpResult> {
  constructor(
    private readonly inbox: GpInboxRepository,
    private readonly commands: CommandBus,
  ) {}

  async execute(command: ReplyAsGpCommand): Promise<ReplyAsGpResult> {
    const received = await this.inbox.find(command.inboxMessageId);
    if (!received) throw DomainError.notFound('No message with that id in the GP inbox.');
    const original = readMessage(received.bundle);
    const communication = resourcesOfType(original.bundle, 'Communication')[0];
    const patient = resourcesOfType(original.bundle, 'Patient')[0];
    const cpr = patient?.identifier.find((identifier) => identifier.system === MedComSystems.cpr)?.value;
    if (!communication || !cpr)
      throw DomainError.ruleViolated('Only a CareCommunication about a patient with a CPR number can be answered.');

    const sentAt = new Date();
    let reply: MessageBundle;
    try {
      reply = buildCareCommunicationMessage({
        bundleId: randomUUID(),
        messageHeaderId: randomUUID(),
        sentAt,
        // The GP answers from the clinic the message was addressed to, to its sender.
        sender: organizationOf(original.bundle, original.primaryReceiverReference),
        receiver: organizationOf(original.bundle, original.senderReference),
        author: command.reply.author,
        patient: { cpr },
        category: (communication.category[0]?.coding?.[0]?.code ?? 'carecoordination') as CareCommunicationCategory,
        topic: communication.topic?.text,
        text: command.reply.text,
        activity: 'reply-message',
        preceding: precedingMessageOf(original.bundle),
        attachments: command.reply.attachment
          ? [
              {
                title: command.reply.attachment.title,
                contentType: 'application/pdf',
                data: Buffer.from(command.reply.attachment.base64, 'base64'),
                createdAt: sentAt,
              },
            ]
          : [],
        fullUrlBase: GP_INBOX_FULL_URL_BASE,
      });
    } catch (error) {
      if (error instanceof MedComRuleViolation) throw DomainError.ruleViolated(error.message);
      throw error;
    }
    // Over the network to the municipality, which answers with its acknowledgement.
    const { acknowledgement } = await this.commands.execute(
      new ReceiveIncomingMessageCommand(Buffer.from(JSON.stringify(reply)), 'built-in-gp-inbox'),
    );
    const code = acknowledgement ? (readMessage(acknowledgement).response?.code ?? null) : null;
    const replyId = randomUUID();
    await this.inbox.recordReply({
      id: replyId,
      inboxMessageId: received.id,
      bundle: reply,
      acknowledgement,
      acknowledgementCode: code,
    });
    return { replyId, bundleId: reply.id, messageHeaderId: reply.entry[0].resource.id, acknowledgementCode: code };
  }
}
