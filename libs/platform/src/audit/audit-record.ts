/** Whether personal data was read or written. */
export type AuditAccess = 'read' | 'write';

/** What happened, as the caller tells the audit log; who and when it takes from the request. */
export interface AuditEntry {
  /** A stable name for what was done, e.g. "read-dossier". */
  action: string;
  access: AuditAccess;
  caseId: string | null;
  /** Why: the purpose the access served. */
  purpose: string | null;
}

/** One line of the audit log as it is kept. */
export interface AuditRecord extends AuditEntry {
  id: string;
  recordedAt: string;
  service: string;
  actor: { kind: 'user' | 'service'; id: string; role: string | null };
  correlationId: string;
}
