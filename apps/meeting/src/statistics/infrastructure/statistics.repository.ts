import { Injectable } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import type { OverdueContribution } from '../commands/record-overdue-contribution/record-overdue-contribution.command';
import type { OverdueCount } from '../domain/overdue-contributions';
import { OverdueContributionEntity } from './overdue-contribution.entity';

export interface Span {
  start: Date;
  end: Date;
}

export interface OutcomeCount {
  outcome: string;
  count: number;
}

/** Reads the meeting service's own tables for one municipality; never another's rows. */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** From the referral to the first meeting the case was put on. */
  async referralToMeeting(municipality: string): Promise<Span[]> {
    return this.spans(
      `SELECT d.referred_at AS start, min(m.starts_at) AS "end"
         FROM $schema.dossier d
         JOIN $schema.agenda_item a ON a.case_id = d.case_id
         JOIN $schema.meeting m ON m.id = a.meeting_id
        WHERE d.municipality = $1 AND m.municipality = $1 AND d.referred_at IS NOT NULL
        GROUP BY d.case_id, d.referred_at`,
      municipality,
    );
  }

  async meetingToDecision(municipality: string): Promise<Span[]> {
    return this.spans(
      `SELECT m.starts_at AS start, dc.decided_at AS "end"
         FROM $schema.decision dc
         JOIN $schema.meeting m ON m.id = dc.meeting_id
        WHERE m.municipality = $1`,
      municipality,
    );
  }

  /** From the decision to the GP's first positive acknowledgement of the message that told them. */
  async decisionToGpAcknowledgement(municipality: string): Promise<Span[]> {
    return this.spans(
      `SELECT dc.decided_at AS start, min((ack ->> 'acknowledgedAt')::timestamptz) AS "end"
         FROM $schema.decision dc
         JOIN $schema.meeting m ON m.id = dc.meeting_id
         JOIN $schema.gp_outcome_message g ON g.decision_id = dc.id
         CROSS JOIN LATERAL jsonb_array_elements(g.acknowledgements) ack
        WHERE m.municipality = $1 AND ack ->> 'code' = 'ok'
        GROUP BY dc.id, dc.decided_at`,
      municipality,
    );
  }

  async outcomes(municipality: string, table: 'recommendation' | 'decision'): Promise<OutcomeCount[]> {
    const rows = await this.query<{ outcome: string; count: string }>(
      `SELECT r.outcome, count(*) AS count
         FROM $schema.${table} r
         JOIN $schema.meeting m ON m.id = r.meeting_id
        WHERE m.municipality = $1
        GROUP BY r.outcome
        ORDER BY r.outcome`,
      [municipality],
    );
    return rows.map((row) => ({ outcome: row.outcome, count: Number(row.count) }));
  }

  async decisionsAgainstRecommendation(municipality: string): Promise<number> {
    const [row] = await this.query<{ count: string }>(
      `SELECT count(*) AS count FROM $schema.decision dc JOIN $schema.meeting m ON m.id = dc.meeting_id
        WHERE m.municipality = $1 AND NOT dc.follows_recommendation`,
      [municipality],
    );
    return Number(row?.count ?? 0);
  }

  /** The municipality's most recent meetings that have started, newest first. */
  async recentMeetingIds(municipality: string, before: Date, limit: number): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM $schema.meeting WHERE municipality = $1 AND starts_at <= $2 ORDER BY starts_at DESC LIMIT $3`,
      [municipality, before, limit],
    );
    return rows.map((row) => row.id);
  }

  async quorumOverrides(meetingIds: readonly string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const rows = await this.query<{ meeting_id: string; count: string }>(
      `SELECT meeting_id, count(*) AS count FROM $schema.recommendation
        WHERE meeting_id = ANY($1) AND quorum_override_reason IS NOT NULL GROUP BY meeting_id`,
      [meetingIds],
    );
    return new Map(rows.map((row) => [row.meeting_id, Number(row.count)]));
  }

  async recordOverdueContribution(overdue: OverdueContribution, receivedAt: Date): Promise<void> {
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Recording an overdue contribution')
      : this.transactions.dataSource.manager;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OverdueContributionEntity)
      .values({ ...overdue, receivedAt })
      .orIgnore()
      .execute();
  }

  /** Overdue contributions per department, and how many of them have still not arrived. */
  async overdueContributions(municipality: string): Promise<OverdueCount[]> {
    const rows = await this.query<{ department: string; overdue: string; still_missing: string }>(
      `SELECT o.department, count(*) AS overdue,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM $schema.contribution_version v WHERE v.contribution_id = o.contribution_id
              )) AS still_missing
         FROM $schema.overdue_contribution o
        WHERE o.municipality = $1
        GROUP BY o.department`,
      [municipality],
    );
    return rows.map((row) => ({
      department: row.department as Department,
      overdue: Number(row.overdue),
      stillMissing: Number(row.still_missing),
    }));
  }

  private async spans(sql: string, municipality: string): Promise<Span[]> {
    const rows = await this.query<{ start: Date; end: Date }>(sql, [municipality]);
    return rows.map((row) => ({ start: new Date(row.start), end: new Date(row.end) }));
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const schema = (this.transactions.dataSource.options as { schema: string }).schema;
    return this.transactions.dataSource.query<T[]>(sql.replaceAll('$schema', `"${schema}"`), parameters);
  }
}
