import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { toJointPlanView, type JointPlanView } from '../../http/joint-plan.view';
import { JointPlanRepository } from '../../infrastructure/joint-plan.repository';
import { GetPlanQuery } from './get-plan.query';

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery, JointPlanView> {
  constructor(private readonly plans: JointPlanRepository) {}

  async execute(query: GetPlanQuery): Promise<JointPlanView> {
    const plan = await this.plans.findByCase(query.caseId);
    if (!plan) throw DomainError.notFound('No joint plan has been adopted for that case.');
    return toJointPlanView(plan, await this.plans.progressOf(plan.planId));
  }
}
