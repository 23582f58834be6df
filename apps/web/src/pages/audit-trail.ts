import type { AuditRecord, ServiceAudit } from '../clients/audit.client';

/** The services' audit records as one trail, newest first; and which services keep no log. */
export function mergedAuditTrail(
  answers: ServiceAudit[],
  shown = Number.POSITIVE_INFINITY,
): { records: AuditRecord[]; total: number; withoutLog: string[] } {
  const all = answers
    .flatMap((answer) => answer.records ?? [])
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || a.service.localeCompare(b.service));
  return {
    records: all.slice(0, shown),
    total: all.length,
    withoutLog: answers.filter((answer) => answer.records === null).map((answer) => answer.service),
  };
}
