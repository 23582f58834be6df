import { Query } from '@nestjs/cqrs';
import type { PendingDecisionItemView } from '../../http/pending-decision-item.view';

/** A municipality's recommended cases still without a decision, however old their meeting. */
export class ListPendingDecisionsQuery extends Query<PendingDecisionItemView[]> {
  constructor(
    readonly municipality: string,
    readonly limit: number,
  ) {
    super();
  }
}
