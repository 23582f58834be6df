import type { CaseType, Department } from '@rehab/contracts';
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
      status: entity.status as CaseStatus,
      referredAt: entity.referredAt,
      preparatoryPart: entity.preparatoryPart
        ? { ...entity.preparatoryPart, submittedAt: new Date(entity.preparatoryPart.submittedAt) }
        : null,
      decision: entity.decision ? { ...entity.decision, decidedAt: new Date(entity.decision.decidedAt) } : null,
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
      status: state.status,
      referredAt: state.referredAt,
      preparatoryPart: state.preparatoryPart
        ? { ...state.preparatoryPart, submittedAt: state.preparatoryPart.submittedAt.toISOString() }
        : null,
      decision: state.decision ? { ...state.decision, decidedAt: state.decision.decidedAt.toISOString() } : null,
      version: state.version,
    });
    return entity;
  },
};
