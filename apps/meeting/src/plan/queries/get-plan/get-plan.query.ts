import { Query } from '@nestjs/cqrs';
import type { JointPlanView } from '../../http/joint-plan.view';

export class GetPlanQuery extends Query<JointPlanView> {
  constructor(readonly caseId: string) {
    super();
  }
}
