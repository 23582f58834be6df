import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PendingDecisionItemView } from '../../http/pending-decision-item.view';
import { PendingDecisionsRepository } from '../../infrastructure/pending-decisions.repository';
import { ListPendingDecisionsQuery } from './list-pending-decisions.query';

@QueryHandler(ListPendingDecisionsQuery)
export class ListPendingDecisionsHandler implements IQueryHandler<
  ListPendingDecisionsQuery,
  PendingDecisionItemView[]
> {
  constructor(private readonly pending: PendingDecisionsRepository) {}

  async execute(query: ListPendingDecisionsQuery): Promise<PendingDecisionItemView[]> {
    const rows = await this.pending.listByMunicipality(query.municipality, query.limit);
    return rows.map((row) => ({
      caseId: row.caseId,
      meetingId: row.meetingId,
      meetingStartsAt: row.meetingStartsAt.toISOString(),
      recommendation: { outcome: row.outcome, adoptedAt: row.adoptedAt.toISOString() },
      pendingDecision: row.owner && row.dueDate ? { owner: row.owner, dueDate: row.dueDate } : null,
    }));
  }
}
