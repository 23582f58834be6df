import { Command } from '@nestjs/cqrs';
import type { AdoptedPlan } from '../../domain/department-plan.aggregate';

export type ReceiveAdoptedPlanResult = 'received' | 'replaced' | 'older-version-ignored';

export class ReceiveAdoptedPlanCommand extends Command<ReceiveAdoptedPlanResult> {
  constructor(readonly plan: AdoptedPlan) {
    super();
  }
}
