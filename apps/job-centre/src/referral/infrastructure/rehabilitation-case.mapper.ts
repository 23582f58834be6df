import type { CaseType, Department, TeamMember } from '@rehab/contracts';
import { RehabilitationCase, type CaseStatus } from '../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseEntity } from './rehabilitation-case.entity';

export const RehabilitationCaseMapper = {
  toDomain(entity: RehabilitationCaseEntity): RehabilitationCase {
    return RehabilitationCase.restore({
      id: entity.id,
      municipality: entity.municipality,
      personId: entity.personId,
      caseType: entity.caseType as CaseType,
      coordinatingCaseworkerId: entity.coordinatingCaseworkerId,
      generalPractitioner: { sorCode: entity.gpSorCode, name: entity.gpName },
      requiredDepartments: entity.requiredDepartments as Department[],
      requiredMembers: entity.requiredMembers ? (entity.requiredMembers as TeamMember[]) : null,
      status: entity.status as CaseStatus,
      referredAt: entity.referredAt,
      preparatoryPart: entity.preparatoryPart
        ? {
            ...entity.preparatoryPart,
            // Versions submitted before attachments existed have none.
            attachments: entity.preparatoryPart.attachments ?? [],
            submittedAt: new Date(entity.preparatoryPart.submittedAt),
          }
        : null,
      decision: entity.decision ? { ...entity.decision, decidedAt: new Date(entity.decision.decidedAt) } : null,
      extensions: entity.extensions.map((extension) => ({ ...extension, recordedAt: new Date(extension.recordedAt) })),
      activityStartedAt: entity.activityStartedAt,
      rePresentation: entity.rePresentation
        ? { ...entity.rePresentation, rePresentedAt: new Date(entity.rePresentation.rePresentedAt) }
        : null,
      version: entity.version,
    });
  },

  toEntity(rehabilitationCase: RehabilitationCase): RehabilitationCaseEntity {
    const state = rehabilitationCase.snapshot();
    const entity = new RehabilitationCaseEntity();
    Object.assign(entity, {
      id: state.id,
      municipality: state.municipality,
      personId: state.personId,
      caseType: state.caseType,
      coordinatingCaseworkerId: state.coordinatingCaseworkerId,
      gpSorCode: state.generalPractitioner.sorCode,
      gpName: state.generalPractitioner.name,
      requiredDepartments: state.requiredDepartments,
      requiredMembers: state.requiredMembers,
      status: state.status,
      referredAt: state.referredAt,
      preparatoryPart: state.preparatoryPart
        ? { ...state.preparatoryPart, submittedAt: state.preparatoryPart.submittedAt.toISOString() }
        : null,
      decision: state.decision ? { ...state.decision, decidedAt: state.decision.decidedAt.toISOString() } : null,
      extensions: state.extensions.map((extension) => ({
        ...extension,
        recordedAt: extension.recordedAt.toISOString(),
      })),
      activityStartedAt: state.activityStartedAt,
      rePresentation: state.rePresentation
        ? { ...state.rePresentation, rePresentedAt: state.rePresentation.rePresentedAt.toISOString() }
        : null,
      version: state.version,
    });
    return entity;
  },
};
