import { Command } from '@nestjs/cqrs';
import type { PlanItemProgress, PlanItemStatus } from '../../domain/department-plan.aggregate';

export class ReportPlanItemProgressCommand extends Command<PlanItemProgress> {
  constructor(
    readonly itemId: string,
    readonly status: PlanItemStatus,
    readonly note: string | null,
    readonly reportedBy: string,
  ) {
    super();
  }
}
