import type { Department, RecommendationOutcome } from '@rehab/contracts';
import { JointPlan, type PlanVersion } from '../domain/joint-plan.aggregate';
import type { PlanItemProgress, PlanItemStatus } from '../domain/plan-item-progress';
import { JointPlanEntity, JointPlanVersionEntity, PlanItemProgressEntity } from './joint-plan.entity';

export const JointPlanMapper = {
  toDomain(entity: JointPlanEntity, versions: readonly JointPlanVersionEntity[]): JointPlan {
    return JointPlan.restore({
      planId: entity.planId,
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      versions: [...versions]
        .sort((a, b) => a.version - b.version)
        .map((version) => ({
          version: version.version,
          meetingId: version.meetingId,
          outcome: version.outcome as RecommendationOutcome,
          employmentGoal: version.employmentGoal,
          items: version.items.map((item) => ({ ...item, department: item.department as Department })),
          adoptedBy: version.adoptedBy,
          adoptedAt: version.adoptedAt,
        })),
    });
  },

  toEntity(plan: JointPlan): JointPlanEntity {
    const state = plan.snapshot();
    return {
      planId: state.planId,
      caseId: state.caseId,
      personId: state.personId,
      municipality: state.municipality,
      version: plan.version,
    };
  },

  toVersionEntity(planId: string, version: PlanVersion): JointPlanVersionEntity {
    return {
      planId,
      version: version.version,
      meetingId: version.meetingId,
      outcome: version.outcome,
      employmentGoal: version.employmentGoal,
      items: version.items.map((item) => ({ ...item })),
      adoptedBy: version.adoptedBy,
      adoptedAt: version.adoptedAt,
    };
  },

  progressToDomain(entity: PlanItemProgressEntity): PlanItemProgress {
    return {
      reportId: entity.reportId,
      caseId: entity.caseId,
      planId: entity.planId,
      itemId: entity.itemId,
      department: entity.department as Department,
      status: entity.status as PlanItemStatus,
      note: entity.note,
      reportedBy: entity.reportedBy,
      reportedAt: entity.reportedAt,
      receivedAt: entity.receivedAt,
    };
  },
};
