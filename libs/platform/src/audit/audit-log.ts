import { Inject, Injectable } from '@nestjs/common';
import { quoteIdentifier, redactCpr, RequestContexts, TransactionRunner } from '@rehab/messaging';
import type { ServiceDefinition } from '../runtime/service-definition';
import { SERVICE_DEFINITION } from '../runtime/tokens';
import type { AuditEntry, AuditRecord } from './audit-record';

interface AuditRow {
  id: string;
  recorded_at: Date;
  service: string;
  actor_kind: 'user' | 'service';
  actor_id: string;
  actor_role: string | null;
  action: string;
  access: 'read' | 'write';
  case_id: string | null;
  purpose: string | null;
  correlation_id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends to the service's audit log and reads it back. Inside a transaction the record is
 * written in it, so a write and its audit record stand or fall together; a read is recorded
 * before its answer leaves, so an unrecorded read never reaches the caller.
 */
@Injectable()
export class AuditLog {
  private readonly table: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {
    this.table = `${quoteIdentifier(definition.schema)}.audit_record`;
  }

  async record(entry: AuditEntry): Promise<void> {
    const context = RequestContexts.currentOr(this.definition.name);
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Recording an audit entry')
      : this.transactions.dataSource.manager;
    await manager.query(
      `INSERT INTO ${this.table} (service, actor_kind, actor_id, actor_role, action, access, case_id, purpose, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        this.definition.name,
        context.actor.kind,
        context.actor.id,
        context.actor.role ?? null,
        entry.action,
        entry.access,
        entry.caseId !== null && UUID.test(entry.caseId) ? entry.caseId : null,
        entry.purpose === null ? null : redactCpr(entry.purpose).slice(0, 500),
        context.correlationId,
      ],
    );
  }

  /** Newest first. */
  async forCase(caseId: string, limit: number): Promise<AuditRecord[]> {
    return this.select('case_id = $1', caseId, limit);
  }

  /** Newest first. */
  async forUser(userId: string, limit: number): Promise<AuditRecord[]> {
    return this.select("actor_kind = 'user' AND actor_id = $1", userId, limit);
  }

  private async select(condition: string, value: string, limit: number): Promise<AuditRecord[]> {
    const rows = await this.transactions.dataSource.query<AuditRow[]>(
      `SELECT * FROM ${this.table} WHERE ${condition} ORDER BY recorded_at DESC, id DESC LIMIT $2`,
      [value, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      recordedAt: row.recorded_at.toISOString(),
      service: row.service,
      actor: { kind: row.actor_kind, id: row.actor_id, role: row.actor_role },
      action: row.action,
      access: row.access,
      caseId: row.case_id,
      purpose: row.purpose,
      correlationId: row.correlation_id,
    }));
  }
}
