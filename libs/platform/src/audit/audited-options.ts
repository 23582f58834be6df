import type { AuditAccess } from './audit-record';

export const AUDITED = 'rehab:audited';

export interface AuditedOptions {
  /** A stable name for what the route does with personal data, e.g. "read-dossier". */
  action: string;
  /** Read for GET and HEAD, write otherwise, unless given. */
  access?: AuditAccess;
  /** The route parameter that holds the case id. */
  caseIdParam?: string;
  /** The field of the answer that holds the case id, for a route that creates the case. */
  caseIdField?: string;
  /**
   * Why the access happens, when the caller does not say it in the x-access-purpose header,
   * e.g. "preparing the team meeting".
   */
  purpose?: string;
}
