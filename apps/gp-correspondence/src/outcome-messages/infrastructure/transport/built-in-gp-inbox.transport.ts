import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ReceiveGpMessageCommand } from '../../../gp-inbox/commands/receive-gp-message/receive-gp-message.command';
import { ReceiveIncomingMessageCommand } from '../../../incoming-messages/commands/receive-incoming-message/receive-incoming-message.command';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { safeErrorText } from '../safe-error-text';
import { type GpMessageTransport, GpTransportError } from './gp-message-transport';

const ACKNOWLEDGEMENT_ATTEMPTS = 5;

/**
 * Delivers to the built-in GP inbox in this process. The inbox answers with an
 * acknowledgement at once, but it travels back on its own, after send() has returned, as it
 * would over a real network, and arrives like any message from a GP system:
 * ReceiveIncomingMessageCommand.
 */
@Injectable()
export class BuiltInGpInboxTransport implements GpMessageTransport, BeforeApplicationShutdown {
  readonly kind = 'built-in-gp-inbox';
  private readonly logger = new Logger(BuiltInGpInboxTransport.name);
  private readonly returning = new Set<Promise<void>>();

  constructor(private readonly commands: CommandBus) {}

  async send(message: MessageBundle): Promise<void> {
    let acknowledgement: MessageBundle | null;
    try {
      ({ acknowledgement } = await this.commands.execute(new ReceiveGpMessageCommand(message)));
    } catch (error) {
      throw new GpTransportError(`The GP inbox did not accept the message (${safeErrorText(error)}).`);
    }
    if (!acknowledgement) return; // The GP system keeps silent (see GP_INBOX_SILENT_SOR_CODES).
    const answer = acknowledgement;
    const returned = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.returnAcknowledgement(answer))
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
    const raw = Buffer.from(JSON.stringify(acknowledgement));
    for (let attempt = 1; attempt <= ACKNOWLEDGEMENT_ATTEMPTS; attempt += 1) {
      try {
        const { problems } = await this.commands.execute(new ReceiveIncomingMessageCommand(raw, this.kind));
        if (problems.length > 0) {
          this.logger.warn(
            { acknowledgementId: acknowledgement.id, reason: problems[0].diagnostics },
            'acknowledgement not matched',
          );
        }
        return;
      } catch (error) {
        this.logger.warn(
          { acknowledgementId: acknowledgement.id, attempt, reason: safeErrorText(error) },
          'acknowledgement not recorded yet; trying again',
        );
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (attempt - 1)));
      }
    }
    // The message stays waiting; the resend rules ask again.
    this.logger.error({ acknowledgementId: acknowledgement.id }, 'acknowledgement could not be recorded');
  }
}
