import { Query } from '@nestjs/cqrs';
import type { CasePlanItemsView } from '../../http/plan-item.view';

export class GetCasePlanItemsQuery extends Query<CasePlanItemsView> {
  constructor(readonly caseId: string) {
    super();
  }
}
