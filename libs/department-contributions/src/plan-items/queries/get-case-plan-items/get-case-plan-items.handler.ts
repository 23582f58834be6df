import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { type CasePlanItemsView, toCasePlanItemsView } from '../../http/plan-item.view';
import { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import { GetCasePlanItemsQuery } from './get-case-plan-items.query';

@QueryHandler(GetCasePlanItemsQuery)
export class GetCasePlanItemsHandler implements IQueryHandler<GetCasePlanItemsQuery, CasePlanItemsView> {
  constructor(private readonly plans: DepartmentPlanRepository) {}

  async execute(query: GetCasePlanItemsQuery): Promise<CasePlanItemsView> {
    const plan = await this.plans.findByCase(query.caseId);
    if (!plan) {
      throw DomainError.notFound('No plan has been adopted for the case yet, or it has not arrived here yet.');
    }
    return toCasePlanItemsView(plan);
  }
}
