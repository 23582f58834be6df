import { Query } from '@nestjs/cqrs';
import type { PlanItemStatus } from '../../domain/department-plan.aggregate';
import type { PlanItemSummaryView } from '../../http/plan-item.view';

export class ListPlanItemsQuery extends Query<PlanItemSummaryView[]> {
  constructor(
    readonly municipality: string,
    readonly status?: PlanItemStatus,
  ) {
    super();
  }
}
