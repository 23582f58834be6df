import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Department } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import { DepartmentPlan } from '../../domain/department-plan.aggregate';
import { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import { PLAN_ITEM_DEPARTMENT } from '../../plan-items.options';
import { ReceiveAdoptedPlanCommand, type ReceiveAdoptedPlanResult } from './receive-adopted-plan.command';

/** Keeps the department's items of an adopted plan; a newer version replaces them, an older one is ignored. */
@CommandHandler(ReceiveAdoptedPlanCommand)
export class ReceiveAdoptedPlanHandler implements ICommandHandler<ReceiveAdoptedPlanCommand, ReceiveAdoptedPlanResult> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly plans: DepartmentPlanRepository,
    @Inject(PLAN_ITEM_DEPARTMENT) private readonly department: Department,
  ) {}

  async execute({ plan }: ReceiveAdoptedPlanCommand): Promise<ReceiveAdoptedPlanResult> {
    return this.transactions.run(async () => {
      await this.plans.lockCase(plan.caseId);
      const current = await this.plans.findByCase(plan.caseId);
      if (!current) {
        await this.plans.save(DepartmentPlan.receive(plan, this.department));
        return 'received';
      }
      if (!current.replaceWith(plan)) return 'older-version-ignored';
      await this.plans.save(current);
      return 'replaced';
    });
  }
}
