import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Department } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { PlanItemProgress } from '../../domain/department-plan.aggregate';
import { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import {
  PLAN_ITEM_DEPARTMENT,
  PLAN_ITEM_PROGRESS_LISTENER,
  type PlanItemProgressListener,
} from '../../plan-items.options';
import { ReportPlanItemProgressCommand } from './report-plan-item-progress.command';

/**
 * Records progress on one of the department's plan items and publishes it, in one transaction
 * with whatever the service's own listener does with it.
 */
@CommandHandler(ReportPlanItemProgressCommand)
export class ReportPlanItemProgressHandler implements ICommandHandler<ReportPlanItemProgressCommand, PlanItemProgress> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly plans: DepartmentPlanRepository,
    @Inject(PLAN_ITEM_DEPARTMENT) private readonly department: Department,
    @Optional() @Inject(PLAN_ITEM_PROGRESS_LISTENER) private readonly listener: PlanItemProgressListener | null = null,
  ) {}

  async execute(command: ReportPlanItemProgressCommand): Promise<PlanItemProgress> {
    return this.transactions.run(async () => {
      const caseId = await this.plans.findCaseOfItem(command.itemId);
      if (!caseId) throw DomainError.notFound(`This department has no plan item ${command.itemId}.`);
      await this.plans.lockCase(caseId);
      const plan = await this.plans.findByCase(caseId);
      if (!plan) throw DomainError.notFound(`This department has no plan item ${command.itemId}.`);
      const progress = plan.reportProgress({
        itemId: command.itemId,
        status: command.status,
        note: command.note,
        reportedBy: command.reportedBy,
        now: new Date(),
      });
      await this.plans.save(plan);
      await this.listener?.progressReported({
        caseId,
        municipality: plan.snapshot().municipality,
        department: this.department,
        itemId: progress.itemId,
        status: progress.status,
        reportedBy: progress.reportedBy,
        reportedAt: progress.reportedAt,
      });
      return progress;
    });
  }
}
