import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type PlanItemSummaryView, toPlanItemSummaryView } from '../../http/plan-item.view';
import { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import { ListPlanItemsQuery } from './list-plan-items.query';

@QueryHandler(ListPlanItemsQuery)
export class ListPlanItemsHandler implements IQueryHandler<ListPlanItemsQuery, PlanItemSummaryView[]> {
  constructor(private readonly plans: DepartmentPlanRepository) {}

  async execute(query: ListPlanItemsQuery): Promise<PlanItemSummaryView[]> {
    const items = await this.plans.listItems({ municipality: query.municipality, status: query.status });
    return items.map(toPlanItemSummaryView);
  }
}
