import { randomUUID } from 'node:crypto';
import { CaseReferred, createEnvelope, type PayloadOf } from '@rehab/contracts';

/** The referral every benchmark sends: a real contract payload of a typical size. */
export function benchReferralPayload(caseId: string): PayloadOf<typeof CaseReferred> {
  return {
    caseId,
    personId: caseId,
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-bench',
    requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
    referredAt: new Date().toISOString(),
  };
}

/** A whole envelope around a referral, as it travels on the topic. */
export function benchReferralEnvelope(caseId: string = randomUUID()) {
  return createEnvelope(CaseReferred, benchReferralPayload(caseId), {
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'service', id: 'bench' },
    subjectId: randomUUID(),
    caseId,
    municipality: '101',
  });
}
