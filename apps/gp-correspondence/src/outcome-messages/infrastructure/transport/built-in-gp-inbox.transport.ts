import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { ReceiveGpMessageCommand } from '../../../gp-inbox/commands/receive-gp-message/receive-gp-message.command';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { UnreadableMessage } from '../../../medcom/message-bundle.reader';
import { ReceiveAcknowledgementCommand } from '../../commands/receive-acknowledgement/receive-acknowledgement.command';
import { safeErrorText } from '../safe-error-text';
import { type GpMessageTransport, GpTransportError } from './gp-message-transport';

const ACKNOWLEDGEMENT_ATTEMPTS = 5;

/**
 * Delivers to the built-in GP inbox in this process. The inbox answers with an
 * acknowledgement at once, but it travels back on its own, after send() has returned, as it
 * would over a real network: the adapter records it through ReceiveAcknowledgementCommand,
 * the same way a later HTTP or file-drop transport will.
 */
@Injectable()
export class BuiltInGpInboxTransport implements GpMessageTransport, BeforeApplicationShutdown {
  readonly kind = 'built-in-gp-inbox';
  private readonly logger = new Logger(BuiltInGpInboxTransport.name);
  private readonly returning = new Set<Promise<void>>();

  constructor(private readonly commands: CommandBus) {}

  async send(message: MessageBundle): Promise<void> {
    let acknowledgement: MessageBundle;
    try {
      ({ acknowledgement } = await this.commands.execute(new ReceiveGpMessageCommand(message)));
    } catch (error) {
      throw new GpTransportError(`The GP inbox did not accept the message (${safeErrorText(error)}).`);
    }
    const returned = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.returnAcknowledgement(acknowledgement))
      .finally(() => this.returning.delete(returned));
    this.returning.add(returned);
  }

  /** Resolves once every acknowledgement on its way back has arrived (or been given up). */
  async whenIdle(): Promise<void> {
    while (this.returning.size > 0) await Promise.allSettled([...this.returning]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.whenIdle();
  }

  private async returnAcknowledgement(acknowledgement: MessageBundle): Promise<void> {
    for (let attempt = 1; attempt <= ACKNOWLEDGEMENT_ATTEMPTS; attempt += 1) {
      try {
        await this.commands.execute(new ReceiveAcknowledgementCommand(acknowledgement));
        return;
      } catch (error) {
        const permanent = error instanceof DomainError || error instanceof UnreadableMessage;
        this.logger.warn(
          { acknowledgementId: acknowledgement.id, attempt, reason: safeErrorText(error) },
          permanent ? 'acknowledgement refused; it is dropped' : 'acknowledgement not recorded yet; trying again',
        );
        if (permanent) return;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (attempt - 1)));
      }
    }
    // The message stays "sent"; the resend rules of the full standard will ask again.
    this.logger.error({ acknowledgementId: acknowledgement.id }, 'acknowledgement could not be recorded');
  }
}
