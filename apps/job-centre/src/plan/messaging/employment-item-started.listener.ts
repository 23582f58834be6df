import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { PlanItemProgressListener, PlanItemProgressReport } from '@rehab/department-contributions';
import { RecordActivityStartedCommand } from '../../referral/commands/record-activity-started/record-activity-started.command';
import { RehabilitationCaseRepository } from '../../referral/infrastructure/rehabilitation-case.repository';

/**
 * An employment item of a resource programme reported as started is the programme's first
 * activity: it stops the 6-month re-presentation clock. The rule itself stays with the case.
 */
@Injectable()
export class EmploymentItemStartedListener implements PlanItemProgressListener {
  constructor(
    private readonly commands: CommandBus,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async progressReported(report: PlanItemProgressReport): Promise<void> {
    if (report.status !== 'started') return;
    const rehabilitationCase = await this.cases.find(report.caseId, report.municipality);
    // Only the first activity counts, and only in a decided resource programme.
    if (!rehabilitationCase?.awaitsFirstActivity()) return;
    await this.commands.execute(new RecordActivityStartedCommand(report.caseId, report.reportedAt, report.reportedBy));
  }
}
