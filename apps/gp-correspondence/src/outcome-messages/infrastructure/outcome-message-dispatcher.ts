import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContexts } from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { DeliverOutcomeMessageCommand } from '../commands/deliver-outcome-message/deliver-outcome-message.command';
import { ResendOutcomeMessageCommand } from '../commands/resend-outcome-message/resend-outcome-message.command';
import type { OutcomeMessageEntity } from './outcome-message.entity';
import { OutcomeMessagesRepository } from './outcome-messages.repository';
import { safeErrorText } from './safe-error-text';

/**
 * Sends pending messages to GPs, like an outbox relay: woken after a commit that made a
 * message ready, and polling for the ones whose retry time has come (or whose wake-up was
 * lost to a restart). It also resends, or fails, the sent messages whose acknowledgement is
 * overdue. One message at a time: claim it in a short transaction, then deliver it with no
 * transaction open.
 */
@Injectable()
export class OutcomeMessageDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutcomeMessageDispatcher.name);
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly enabled: boolean;
  private running = false;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;

  constructor(
    private readonly messages: OutcomeMessagesRepository,
    private readonly commands: CommandBus,
    settings: RuntimeSettings,
  ) {
    this.pollIntervalMs = settings.number('GP_DISPATCH_POLL_INTERVAL_MS', 1000);
    // Longer than any one delivery takes; a dispatcher that dies mid-delivery frees the message after it.
    this.leaseMs = settings.number('GP_DISPATCH_LEASE_MS', 60_000);
    this.enabled = settings.get('GP_DISPATCHER_ENABLED', 'true') !== 'false';
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.start();
  }

  /**
   * Stops before any shutdown hook runs, so the transport can then wait for the last
   * acknowledgements on their way back while the database is still open.
   */
  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Tells the dispatcher a commit just made a message ready. */
  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  /** Delivers every message that is due now, then handles the overdue acknowledgements; returns how many it tried. */
  async dispatchDue(): Promise<number> {
    let tried = 0;
    for (;;) {
      const message = await this.messages.claimNextDue(this.leaseMs);
      if (!message) break;
      tried += 1;
      await this.inContextOf(message, () => this.commands.execute(new DeliverOutcomeMessageCommand(message)));
      if (this.stopping) return tried;
    }
    for (;;) {
      const message = await this.messages.claimNextOverdue(this.leaseMs);
      if (!message) return tried;
      tried += 1;
      await this.inContextOf(message, () => this.commands.execute(new ResendOutcomeMessageCommand(message)));
      if (this.stopping) return tried;
    }
  }

  private async inContextOf<T>(message: OutcomeMessageEntity, work: () => Promise<T>): Promise<T> {
    return RequestContexts.run(
      {
        // The delivery belongs to the decision (or request) that caused it.
        correlationId: message.correlationId,
        causationId: message.causationId,
        actor: { kind: 'service', id: 'gp-correspondence' },
        service: 'gp-correspondence',
      },
      work,
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pendingWake = false;
      try {
        await this.dispatchDue();
      } catch (error) {
        this.logger.error(
          { service: 'gp-correspondence', reason: safeErrorText(error) },
          'the outcome message dispatcher failed; it tries again at the next poll',
        );
      }
      if (!this.running) break;
      if (this.pendingWake) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollIntervalMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }
}
