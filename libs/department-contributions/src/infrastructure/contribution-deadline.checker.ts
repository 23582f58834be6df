import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CheckContributionDeadlinesCommand } from '../commands/check-contribution-deadlines/check-contribution-deadlines.command';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../department-contribution';
import { ContributionDeadlineSettings } from './contribution-deadline.settings';

/** Runs the deadline check on a timer. Tests send CheckContributionDeadlinesCommand themselves. */
@Injectable()
export class ContributionDeadlineChecker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ContributionDeadlineChecker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly commands: CommandBus,
    private readonly settings: ContributionDeadlineSettings,
    @Inject(DEPARTMENT_CONTRIBUTION) private readonly contribution: DepartmentContribution,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.checkerEnabled) return;
    this.timer = setInterval(() => this.tick(), this.settings.checkIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    // A slow check is not overlapped by the next tick.
    if (this.running) return;
    this.running = this.commands
      .execute(new CheckContributionDeadlinesCommand(new Date()))
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.error(
            { service: this.contribution.department, reason: error instanceof Error ? error.name : 'unknown' },
            'the contribution deadline check failed; it tries again at the next interval',
          );
        },
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
