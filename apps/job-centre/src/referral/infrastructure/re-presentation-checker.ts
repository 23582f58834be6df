import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContexts } from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { RePresentOverdueCasesCommand } from '../commands/re-present-overdue-cases/re-present-overdue-cases.command';

/**
 * Looks for resource programmes with no activity 6 months after their decision, at start-up
 * and then every JOB_CENTRE_RE_PRESENTATION_CHECK_INTERVAL_MS (default one hour). Each case is
 * re-presented once, so checking often costs nothing but a query.
 */
@Injectable()
export class RePresentationChecker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RePresentationChecker.name);
  private readonly intervalMs: number;
  private readonly enabled: boolean;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly commands: CommandBus,
    settings: RuntimeSettings,
  ) {
    this.intervalMs = settings.number('JOB_CENTRE_RE_PRESENTATION_CHECK_INTERVAL_MS', 3_600_000);
    this.enabled = settings.get('JOB_CENTRE_RE_PRESENTATION_CHECKER_ENABLED', 'true') !== 'false';
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Re-presents every case due now; returns their ids. */
  async checkNow(now = new Date()): Promise<string[]> {
    return RequestContexts.run(
      {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'job-centre' },
        service: 'job-centre',
      },
      () => this.commands.execute(new RePresentOverdueCasesCommand(now)),
    );
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.checkNow()
        .then((rePresented) => {
          if (rePresented.length > 0) {
            this.logger.log({ service: 'job-centre', count: rePresented.length }, 'cases re-presented to the team');
          }
        })
        .catch((error: unknown) => {
          this.logger.error(
            { service: 'job-centre', reason: error instanceof Error ? error.name : 'unknown' },
            'the re-presentation check failed; it runs again at the next interval',
          );
        })
        .finally(() => {
          if (this.timer !== undefined) this.schedule(this.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
