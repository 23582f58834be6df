import { randomUUID } from 'node:crypto';
import type { CaseReferred, PayloadOf } from '@rehab/contracts';

/** A referral as the job centre announces it, for tests that feed a consumer directly. */
export function aCaseReferredPayload(
  overrides: Partial<PayloadOf<typeof CaseReferred>> = {},
): PayloadOf<typeof CaseReferred> {
  return {
    caseId: randomUUID(),
    personId: randomUUID(),
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    referredAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}
