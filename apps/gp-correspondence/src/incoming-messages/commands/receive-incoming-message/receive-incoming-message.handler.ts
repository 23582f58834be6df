import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { buildAcknowledgementMessage } from '../../../medcom/acknowledgement.builder';
import {
  readMessage,
  type ReadMessage,
  resolveReference,
  resourcesOfType,
  UnreadableMessage,
} from '../../../medcom/message-bundle.reader';
import { ACKNOWLEDGEMENT_EVENT, MedComSystems } from '../../../medcom/medcom.systems';
import { ReceiveAcknowledgementCommand } from '../../../outcome-messages/commands/receive-acknowledgement/receive-acknowledgement.command';
import { DEFAULT_FULL_URL_BASE } from '../../../medcom/care-communication.builder';
import { OutcomeMessagesRepository } from '../../../outcome-messages/infrastructure/outcome-messages.repository';
import { safeErrorText } from '../../../outcome-messages/infrastructure/safe-error-text';
import { CorrespondenceRegistry } from '../../../registry/correspondence-registry';
import { ProvenanceStoreRepository } from '../../../threading/provenance-store.repository';
import { threadRecordOf } from '../../../threading/thread-record';
import { checkIncomingCareCommunication, type IncomingProblem } from '../../domain/incoming-message-checks';
import type { IncomingMessageEntity } from '../../infrastructure/incoming-message.entity';
import { IncomingMessagesRepository } from '../../infrastructure/incoming-messages.repository';
import { IncomingMessageEventsPublisher } from '../../messaging/incoming-message-events.publisher';
import { ReceiveIncomingMessageCommand, type ReceiveIncomingMessageResult } from './receive-incoming-message.command';

function parse(raw: Buffer): { read: ReadMessage } | { problem: IncomingProblem } {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return { problem: { code: 'structure', diagnostics: 'The message is not valid JSON.' } };
  }
  try {
    return { read: readMessage(json) };
  } catch (error) {
    if (error instanceof UnreadableMessage) return { problem: { code: 'structure', diagnostics: error.message } };
    throw error;
  }
}

/**
 * The receiving side of MedCom reliable messaging. Every message is kept as it came and
 * acknowledged: ok, or fatal-error with an OperationOutcome saying what is wrong. A duplicate
 * (same Bundle.id + MessageHeader.id) is never shown twice and gets the same acknowledgement
 * again. An acknowledgement of one of our messages goes to the outgoing side and is never
 * acknowledged. A GP's reply is threaded through the Provenance store to its case and
 * announced; an answer to the GP-certificate request announces the certificate.
 */
@CommandHandler(ReceiveIncomingMessageCommand)
export class ReceiveIncomingMessageHandler implements ICommandHandler<
  ReceiveIncomingMessageCommand,
  ReceiveIncomingMessageResult
> {
  private readonly logger = new Logger(ReceiveIncomingMessageHandler.name);
  private readonly ourSorCodes: ReadonlySet<string>;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly incoming: IncomingMessagesRepository,
    private readonly outgoing: OutcomeMessagesRepository,
    private readonly provenance: ProvenanceStoreRepository,
    private readonly events: IncomingMessageEventsPublisher,
    private readonly commands: CommandBus,
    registry: CorrespondenceRegistry,
  ) {
    this.ourSorCodes = registry.municipalitySorCodes();
  }

  async execute(command: ReceiveIncomingMessageCommand): Promise<ReceiveIncomingMessageResult> {
    const parsed = parse(command.raw);
    if ('problem' in parsed) return this.keepUnreadable(command, parsed.problem);
    const { read } = parsed;
    if (read.eventCode === ACKNOWLEDGEMENT_EVENT) return this.receiveAcknowledgement(command, read);

    return this.transactions.run(async () => {
      const earlier = await this.incoming.findByMessageIdentity(read.bundleId, read.headerId);
      if (earlier) return this.duplicateOf(earlier);

      const problems = checkIncomingCareCommunication(read, this.ourSorCodes);
      const acknowledgement = buildAcknowledgementMessage({
        acknowledged: read,
        code: problems.length === 0 ? 'ok' : 'fatal-error',
        issues: problems,
        at: new Date(),
        fullUrlBase: DEFAULT_FULL_URL_BASE,
      });
      const thread = threadRecordOf(read.bundle);
      const place = problems.length === 0 ? await this.provenance.placeInThread(thread) : null;
      const id = randomUUID();
      const inserted = await this.incoming.insert({
        id,
        bundleId: read.bundleId,
        messageHeaderId: read.headerId,
        eventCode: read.eventCode,
        raw: command.raw,
        message: read.bundle,
        outcome: problems.length === 0 ? 'accepted' : 'rejected',
        problems,
        acknowledgement,
        acknowledgementCode: problems.length === 0 ? 'ok' : 'fatal-error',
        caseId: place?.caseId ?? null,
        communicationIdentifier: thread.communicationIdentifier,
        activity: thread.activity,
        transport: command.transport,
      });
      if (!inserted) {
        // The same message arrived twice at once; the other delivery stored it first.
        const stored = await this.incoming.findByMessageIdentity(read.bundleId, read.headerId);
        if (!stored) throw new Error('An incoming message vanished while it was being received');
        return this.duplicateOf(stored);
      }
      if (problems.length === 0) {
        await this.provenance.record({
          ...thread,
          direction: 'incoming',
          caseId: place?.caseId ?? null,
          outcomeMessageId: place?.outcomeMessageId ?? null,
        });
        if (place) await this.announce(id, read, thread.activity, place);
      }
      this.logger.log(
        {
          incomingMessageId: id,
          caseId: place?.caseId ?? null,
          acknowledgement: acknowledgement ? 'sent' : 'none',
          problems: problems.length,
        },
        problems.length === 0 ? 'message from a GP received' : 'message from a GP refused',
      );
      return { incomingMessageId: id, acknowledgement, duplicate: false, problems };
    });
  }

  private async announce(
    incomingMessageId: string,
    read: ReadMessage,
    activity: string,
    place: { caseId: string; outcomeMessageId: string | null },
  ): Promise<void> {
    const ours = place.outcomeMessageId ? await this.outgoing.find(place.outcomeMessageId) : null;
    // Every thread this service takes part in starts with one of its own messages.
    if (!ours) return;
    const communication = resourcesOfType(read.bundle, 'Communication')[0];
    const senderSorCode = this.senderSorOf(read);
    await this.events.replyReceived({
      caseId: place.caseId,
      incomingMessageId,
      activity,
      inReplyTo: ours,
      senderSorCode,
      topic: communication?.topic?.text,
      hasAttachments: communication?.payload?.some((payload) => payload.contentAttachment !== undefined) ?? false,
    });
    // Answering the GP-certificate request is sending the certificate back (see docs: the real LÆ 265 has its own form).
    if (ours.purpose === 'gp-certificate-request' && ours.certificateRequestId && activity === 'reply-message') {
      await this.events.certificateArrived({ request: ours, incomingMessageId, senderSorCode });
    }
  }

  private senderSorOf(read: ReadMessage): string {
    const sender = resolveReference(read.bundle, read.senderReference);
    const sor =
      sender?.resourceType === 'Organization'
        ? sender.identifier.find((identifier) => identifier.system === MedComSystems.sor)?.value
        : undefined;
    // The checks passed, so the sender has a SOR identifier; this only satisfies the type.
    if (!sor) throw new Error('An accepted message names its sender by SOR');
    return sor;
  }

  private async duplicateOf(earlier: IncomingMessageEntity): Promise<ReceiveIncomingMessageResult> {
    await this.incoming.countDuplicate(earlier.id);
    return {
      incomingMessageId: earlier.id,
      acknowledgement: earlier.acknowledgement,
      duplicate: true,
      problems: earlier.problems,
    };
  }

  /** Bytes that name no sender cannot be acknowledged; they are kept for inspection all the same. */
  private async keepUnreadable(
    command: ReceiveIncomingMessageCommand,
    problem: IncomingProblem,
  ): Promise<ReceiveIncomingMessageResult> {
    const id = randomUUID();
    await this.transactions.run(() =>
      this.incoming.insert({
        id,
        bundleId: null,
        messageHeaderId: null,
        eventCode: null,
        raw: command.raw,
        message: null,
        outcome: 'rejected',
        problems: [problem],
        acknowledgement: null,
        acknowledgementCode: null,
        caseId: null,
        communicationIdentifier: null,
        activity: null,
        transport: command.transport,
      }),
    );
    this.logger.warn(
      { incomingMessageId: id, transport: command.transport, reason: problem.diagnostics },
      'unreadable message kept',
    );
    return { incomingMessageId: id, acknowledgement: null, duplicate: false, problems: [problem] };
  }

  /** An acknowledgement is recorded on the message it acknowledges, and never acknowledged itself. */
  private async receiveAcknowledgement(
    command: ReceiveIncomingMessageCommand,
    read: ReadMessage,
  ): Promise<ReceiveIncomingMessageResult> {
    let problems: IncomingProblem[] = [];
    try {
      await this.commands.execute(new ReceiveAcknowledgementCommand(read.bundle));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems = [{ code: error.kind === 'not-found' ? 'not-found' : 'structure', diagnostics: safeErrorText(error) }];
    }
    const stored = await this.transactions.run(async () => {
      const earlier = await this.incoming.findByMessageIdentity(read.bundleId, read.headerId);
      if (earlier) {
        await this.incoming.countDuplicate(earlier.id);
        return earlier.id;
      }
      const id = randomUUID();
      const inserted = await this.incoming.insert({
        id,
        bundleId: read.bundleId,
        messageHeaderId: read.headerId,
        eventCode: read.eventCode,
        raw: command.raw,
        message: read.bundle,
        outcome: 'acknowledgement',
        problems,
        acknowledgement: null,
        acknowledgementCode: null,
        caseId: null,
        communicationIdentifier: null,
        activity: null,
        transport: command.transport,
      });
      return inserted ? id : ((await this.incoming.findByMessageIdentity(read.bundleId, read.headerId))?.id ?? id);
    });
    return { incomingMessageId: stored, acknowledgement: null, duplicate: false, problems };
  }
}
