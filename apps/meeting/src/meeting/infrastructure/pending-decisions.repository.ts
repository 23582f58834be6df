import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';

/** One recommended case without a decision, as the decision maker's queue reads it. */
export interface PendingDecisionRow {
  caseId: string;
  meetingId: string;
  meetingStartsAt: Date;
  outcome: string;
  adoptedAt: Date;
  owner: string | null;
  /** YYYY-MM-DD, when the decision was deferred to after the meeting. */
  dueDate: string | null;
}

/**
 * Reads the decisions still to be taken straight from the agenda, the recommendations and the
 * decisions: one query, without loading whole meetings, and without a time window that would
 * hide a decision forgotten for more than a year.
 */
@Injectable()
export class PendingDecisionsRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async listByMunicipality(municipality: string, limit: number): Promise<PendingDecisionRow[]> {
    const schema = `"${(this.transactions.dataSource.options as { schema: string }).schema}"`;
    const rows: {
      case_id: string;
      meeting_id: string;
      starts_at: Date;
      outcome: string;
      adopted_at: Date;
      owner: string | null;
      due_date: string | null;
    }[] = await this.transactions.dataSource.query(
      `SELECT item.case_id, item.meeting_id, meeting.starts_at, recommendation.outcome, recommendation.adopted_at,
              item.pending_decision_owner AS owner, to_char(item.pending_decision_due_date, 'YYYY-MM-DD') AS due_date
         FROM ${schema}.agenda_item item
         JOIN ${schema}.meeting meeting ON meeting.id = item.meeting_id
         JOIN ${schema}.recommendation recommendation
           ON recommendation.meeting_id = item.meeting_id AND recommendation.case_id = item.case_id
        WHERE meeting.municipality = $1
          AND NOT EXISTS (SELECT 1 FROM ${schema}.decision decision
                           WHERE decision.meeting_id = item.meeting_id AND decision.case_id = item.case_id)
        ORDER BY item.pending_decision_due_date ASC NULLS LAST, meeting.starts_at ASC, item.case_id ASC
        LIMIT $2`,
      [municipality, limit],
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      meetingId: row.meeting_id,
      meetingStartsAt: row.starts_at,
      outcome: row.outcome,
      adoptedAt: row.adopted_at,
      owner: row.owner,
      dueDate: row.due_date,
    }));
  }
}
