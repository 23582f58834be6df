import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RuntimeSettings } from '@rehab/platform';
import { CheckGpCertificateDeadlinesCommand } from '../commands/check-gp-certificate-deadlines/check-gp-certificate-deadlines.command';

/** Looks for GP certificates past their 30 days on a timer, alongside the contribution deadline check. */
@Injectable()
export class GpCertificateDeadlineChecker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GpCertificateDeadlineChecker.name);
  private readonly intervalMs: number;
  private readonly enabled: boolean;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly commands: CommandBus,
    settings: RuntimeSettings,
  ) {
    this.intervalMs = Math.max(settings.number('CONTRIBUTION_DEADLINE_CHECK_INTERVAL_MS', 60_000), 100);
    this.enabled = settings.get('CONTRIBUTION_DEADLINE_CHECKER_ENABLED', 'true') !== 'false';
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.commands
      .execute(new CheckGpCertificateDeadlinesCommand(new Date()))
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.error(
            { service: 'health-coordinator', reason: error instanceof Error ? error.name : 'unknown' },
            'the GP certificate deadline check failed; it tries again at the next interval',
          );
        },
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
