import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RequestContexts, TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { readMessage, type ReadMessage, UnreadableMessage } from '../../../medcom/message-bundle.reader';
import { ACKNOWLEDGEMENT_EVENT } from '../../../medcom/medcom.systems';
import { AcknowledgementSettlement } from '../../infrastructure/acknowledgement-settlement';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { ReceiveAcknowledgementCommand, type ReceiveAcknowledgementResult } from './receive-acknowledgement.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readAcknowledgement(raw: unknown): ReadMessage & { response: NonNullable<ReadMessage['response']> } {
  let read: ReadMessage;
  try {
    read = readMessage(raw);
  } catch (error) {
    if (error instanceof UnreadableMessage) throw DomainError.ruleViolated(error.message);
    throw error;
  }
  const { response } = read;
  if (read.eventCode !== ACKNOWLEDGEMENT_EVENT || !response) {
    throw DomainError.ruleViolated('The message is not an acknowledgement (acknowledgement-message with a response).');
  }
  return { ...read, response };
}

/**
 * Records the acknowledgement of a message to a GP and settles it: delivered, failed with the
 * reason, or (transient-error) still waiting. It may name the first envelope or a resend's.
 * The first final one counts; a repeat has no second effect (an acknowledgement is never
 * acknowledged).
 */
@CommandHandler(ReceiveAcknowledgementCommand)
export class ReceiveAcknowledgementHandler implements ICommandHandler<
  ReceiveAcknowledgementCommand,
  ReceiveAcknowledgementResult
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly settlement: AcknowledgementSettlement,
  ) {}

  async execute(command: ReceiveAcknowledgementCommand): Promise<ReceiveAcknowledgementResult> {
    const read = readAcknowledgement(command.acknowledgement);
    const { response } = read;
    const notFound = () => DomainError.notFound('No outcome message has the acknowledged MessageHeader id.');
    if (!UUID.test(response.identifier)) throw notFound();
    const known = await this.messages.findByEnvelope(response.identifier.toLowerCase());
    if (!known) throw notFound();

    return RequestContexts.run(
      {
        correlationId: known.correlationId,
        causationId: known.causationId,
        actor: { kind: 'service', id: 'gp-correspondence' },
        service: 'gp-correspondence',
      },
      () =>
        this.transactions.run(async () => {
          const message = await this.messages.findByMessageHeaderId(known.messageHeaderId);
          if (!message) throw notFound();
          const recorded = await this.messages.recordAcknowledgement(
            message.id,
            read.bundle,
            response.code,
            new Date(),
          );
          // A message whose delivery is not recorded yet is settled when it is (see delivery).
          if (recorded && message.status === 'sent') {
            const acknowledged = await this.messages.find(message.id);
            if (acknowledged) await this.settlement.settle(acknowledged);
          }
          return { outcomeMessageId: message.id, recorded };
        }),
    );
  }
}
