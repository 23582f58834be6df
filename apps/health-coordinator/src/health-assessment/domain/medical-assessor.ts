import { DomainError } from '@rehab/platform';

/** Who made the health assessment: the region's health coordinator, or for special reasons another medical consultant. */
export const MEDICAL_ASSESSORS = ['health-coordinator', 'other-medical-consultant'] as const;
export type MedicalAssessor = (typeof MEDICAL_ASSESSORS)[number];

/**
 * The health coordinator (sundhedskoordinator) gives the health assessment. Another medical
 * consultant may be used instead only for special reasons, and the reason must be on record.
 */
export function requireReasonForOtherConsultant(assessment: {
  assessedBy?: MedicalAssessor;
  otherConsultantReason?: string;
}): void {
  const reason = assessment.otherConsultantReason?.trim() ?? '';
  if (assessment.assessedBy === 'other-medical-consultant' && reason === '') {
    throw DomainError.ruleViolated(
      'The assessment was made by another medical consultant instead of the health coordinator; record the special reason for that in otherConsultantReason.',
    );
  }
  if (assessment.assessedBy !== 'other-medical-consultant' && reason !== '') {
    throw DomainError.ruleViolated(
      'otherConsultantReason is only recorded when assessedBy is other-medical-consultant.',
    );
  }
}
