import type { CaseType, Department, TeamMember } from '@rehab/contracts';
import { Dossier, type Contribution, type DossierStatus } from '../domain/dossier.aggregate';
import { ContributionVersionEntity, DossierEntity } from './dossier.entity';

export const DossierMapper = {
  toDomain(entity: DossierEntity, versions: readonly ContributionVersionEntity[]): Dossier {
    return Dossier.restore({
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      caseType: entity.caseType as CaseType | null,
      requiredDepartments: entity.requiredDepartments as Department[],
      requiredMembers: entity.requiredMembers as TeamMember[] | null,
      referredAt: entity.referredAt,
      status: entity.status as DossierStatus,
      completedAt: entity.completedAt,
      gpCertificate: {
        certificateRequestId: entity.gpCertificateRequestId,
        requestedAt: entity.gpCertificateRequestedAt,
        answerDeadline: entity.gpCertificateAnswerDeadline,
        receivedAt: entity.gpCertificateReceivedAt,
        documentReference: entity.gpCertificateDocumentReference,
        absence:
          entity.gpCertificateAbsenceReason !== null &&
          entity.gpCertificateAbsenceRecordedBy !== null &&
          entity.gpCertificateAbsenceRecordedAt !== null
            ? {
                reason: entity.gpCertificateAbsenceReason,
                recordedBy: entity.gpCertificateAbsenceRecordedBy,
                recordedAt: entity.gpCertificateAbsenceRecordedAt,
              }
            : null,
      },
      contributions: [...versions]
        .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.version - b.version)
        .map((version) => ({
          department: version.department as Department,
          contributionId: version.contributionId,
          version: version.version,
          submittedBy: version.submittedBy,
          submittedAt: version.submittedAt,
          content: { ...version.content },
        })),
      version: entity.version,
    });
  },

  toEntity(dossier: Dossier): DossierEntity {
    const state = dossier.snapshot();
    const entity = new DossierEntity();
    Object.assign(entity, {
      caseId: state.caseId,
      personId: state.personId,
      municipality: state.municipality,
      caseType: state.caseType,
      requiredDepartments: [...state.requiredDepartments],
      requiredMembers: state.requiredMembers ? [...state.requiredMembers] : null,
      referredAt: state.referredAt,
      status: state.status,
      completedAt: state.completedAt,
      gpCertificateRequestId: state.gpCertificate.certificateRequestId,
      gpCertificateRequestedAt: state.gpCertificate.requestedAt,
      gpCertificateAnswerDeadline: state.gpCertificate.answerDeadline,
      gpCertificateReceivedAt: state.gpCertificate.receivedAt,
      gpCertificateDocumentReference: state.gpCertificate.documentReference,
      gpCertificateAbsenceReason: state.gpCertificate.absence?.reason ?? null,
      gpCertificateAbsenceRecordedBy: state.gpCertificate.absence?.recordedBy ?? null,
      gpCertificateAbsenceRecordedAt: state.gpCertificate.absence?.recordedAt ?? null,
      version: state.version,
    });
    return entity;
  },

  toVersionEntity(caseId: string, contribution: Contribution, receivedAt: Date): ContributionVersionEntity {
    const entity = new ContributionVersionEntity();
    Object.assign(entity, {
      caseId,
      contributionId: contribution.contributionId,
      version: contribution.version,
      department: contribution.department,
      submittedBy: contribution.submittedBy,
      submittedAt: contribution.submittedAt,
      content: { ...contribution.content },
      receivedAt,
    });
    return entity;
  },
};
