import { randomUUID } from 'node:crypto';
import type { CaseReferred, ConsentRecorded, PayloadOf } from '@rehab/contracts';

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

/** A consent as the job centre announces it, given now. */
export function aConsentRecordedPayload(
  subject: { caseId: string; personId: string },
  overrides: Partial<PayloadOf<typeof ConsentRecorded>> = {},
): PayloadOf<typeof ConsentRecorded> {
  const now = new Date().toISOString();
  return {
    consentId: randomUUID(),
    caseId: subject.caseId,
    personId: subject.personId,
    scope: 'share-outcome-with-gp',
    party: 'gp',
    givenAt: now,
    recordedBy: 'cw-17',
    recordedAt: now,
    source: 'signed-form',
    ...overrides,
  };
}
