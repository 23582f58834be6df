import type { Department } from '@rehab/contracts';
import {
  DepartmentPlan,
  type PlanItem,
  type PlanItemProgress,
  type PlanItemStatus,
} from '../domain/department-plan.aggregate';
import { DepartmentPlanEntity, PlanItemEntity, PlanItemProgressEntity } from './department-plan.entity';

export const DepartmentPlanMapper = {
  toDomain(
    entity: DepartmentPlanEntity,
    items: readonly PlanItemEntity[],
    progress: readonly PlanItemProgressEntity[],
  ): DepartmentPlan {
    return DepartmentPlan.restore({
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      department: entity.department as Department,
      planId: entity.planId,
      planVersion: entity.planVersion,
      meetingId: entity.meetingId,
      employmentGoal: entity.employmentGoal,
      adoptedAt: entity.adoptedAt,
      items: [...items]
        .sort((left, right) => left.position - right.position)
        .map((item) => DepartmentPlanMapper.itemToDomain(item, progress)),
      version: entity.version,
    });
  },

  itemToDomain(item: PlanItemEntity, progress: readonly PlanItemProgressEntity[]): PlanItem {
    return {
      itemId: item.itemId,
      description: item.description,
      ownerId: item.ownerId,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      status: item.status as PlanItemStatus,
      progress: progress
        .filter((report) => report.itemId === item.itemId)
        .sort((left, right) => left.reportedAt.getTime() - right.reportedAt.getTime())
        .map((report) => DepartmentPlanMapper.progressToDomain(report)),
    };
  },

  progressToDomain(entity: PlanItemProgressEntity): PlanItemProgress {
    return {
      progressId: entity.progressId,
      itemId: entity.itemId,
      status: entity.status as PlanItemStatus,
      note: entity.note,
      reportedBy: entity.reportedBy,
      reportedAt: entity.reportedAt,
    };
  },

  toEntity(plan: DepartmentPlan): DepartmentPlanEntity {
    const state = plan.snapshot();
    return {
      caseId: state.caseId,
      personId: state.personId,
      municipality: state.municipality,
      department: state.department,
      planId: state.planId,
      planVersion: state.planVersion,
      meetingId: state.meetingId,
      employmentGoal: state.employmentGoal,
      adoptedAt: state.adoptedAt,
      version: state.version,
    };
  },

  itemsToEntities(plan: DepartmentPlan): PlanItemEntity[] {
    const state = plan.snapshot();
    return state.items.map((item, position) => ({
      itemId: item.itemId,
      caseId: state.caseId,
      municipality: state.municipality,
      description: item.description,
      ownerId: item.ownerId,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      status: item.status,
      position,
    }));
  },

  progressToEntity(caseId: string, progress: PlanItemProgress): PlanItemProgressEntity {
    return { ...progress, caseId };
  },
};
