import { Inject, Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../department-contribution';
import { type ContributionDeadlinePolicy, DEFAULT_CONTRIBUTION_DEADLINE_POLICY } from '../domain/contribution-deadline';

/**
 * The deadline settings of one department service. A department-specific variable
 * (e.g. HEALTH_COORDINATOR_CONTRIBUTION_DEADLINE_WORKING_DAYS) wins over the shared one, so the
 * three services can differ even when they run in one process.
 */
@Injectable()
export class ContributionDeadlineSettings {
  readonly policy: ContributionDeadlinePolicy;
  /** How often the checker looks for reminders and overdue tasks. */
  readonly checkIntervalMs: number;
  readonly checkerEnabled: boolean;

  constructor(settings: RuntimeSettings, @Inject(DEPARTMENT_CONTRIBUTION) contribution: DepartmentContribution) {
    const prefix = `${contribution.department.replaceAll('-', '_').toUpperCase()}_`;
    const read = (name: string, fallback: number, maximum: number): number => {
      const value = settings.number(`${prefix}${name}`, settings.number(name, fallback));
      if (!Number.isInteger(value) || value < 0 || value > maximum) {
        throw new Error(`${name} must be a whole number from 0 to ${maximum}`);
      }
      return value;
    };
    this.policy = {
      deadlineWorkingDays: read(
        'CONTRIBUTION_DEADLINE_WORKING_DAYS',
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY.deadlineWorkingDays,
        60,
      ),
      reminderWorkingDays: read(
        'CONTRIBUTION_REMINDER_WORKING_DAYS',
        DEFAULT_CONTRIBUTION_DEADLINE_POLICY.reminderWorkingDays,
        60,
      ),
    };
    this.checkIntervalMs = Math.max(read('CONTRIBUTION_DEADLINE_CHECK_INTERVAL_MS', 60_000, 86_400_000), 100);
    this.checkerEnabled = settings.get('CONTRIBUTION_DEADLINE_CHECKER_ENABLED', 'true') !== 'false';
  }
}
