import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContexts } from '@rehab/messaging';
import { PublishDueAgendasCommand } from '../commands/publish-due-agendas/publish-due-agendas.command';
import { MeetingCalendarSettings } from './meeting-calendar.settings';

/**
 * Sends out each meeting's agenda when its lead time has come: at start-up and then every
 * MEETING_AGENDA_CHECK_INTERVAL_MS (default one minute). Each agenda goes out once, so checking
 * often costs nothing but a query.
 */
@Injectable()
export class AgendaPublicationChecker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AgendaPublicationChecker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly commands: CommandBus,
    private readonly calendar: MeetingCalendarSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.calendar.agendaCheckerEnabled) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Publishes every agenda due now; returns the meetings' ids. */
  async checkNow(now = new Date()): Promise<string[]> {
    return RequestContexts.run(
      { correlationId: randomUUID(), causationId: null, actor: { kind: 'service', id: 'meeting' }, service: 'meeting' },
      () => this.commands.execute(new PublishDueAgendasCommand(now)),
    );
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.checkNow()
        .then((published) => {
          if (published.length > 0)
            this.logger.log({ service: 'meeting', count: published.length }, 'agendas published');
        })
        .catch((error: unknown) => {
          this.logger.error(
            { service: 'meeting', reason: error instanceof Error ? error.name : 'unknown' },
            'the agenda publication check failed; it runs again at the next interval',
          );
        })
        .finally(() => {
          if (this.timer !== undefined) this.schedule(this.calendar.agendaCheckIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
