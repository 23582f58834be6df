import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENTS, PLAN_ITEM_STATUSES, RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import type { JointPlan, PlanVersion } from '../domain/joint-plan.aggregate';
import { latestProgress, progressHistory, reportsOn, type PlanItemProgress } from '../domain/plan-item-progress';

export class PlanItemProgressView {
  @ApiProperty({ enum: PLAN_ITEM_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty({ description: 'Staff id of who reported it' }) reportedBy!: string;
  @ApiProperty() reportedAt!: string;
}

export class PlanItemView {
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: DEPARTMENTS }) department!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Staff id of the owner' }) ownerId!: string;
  @ApiProperty({ example: '2027-01-04' }) startsOn!: string;
  @ApiProperty({ example: '2027-03-31' }) endsOn!: string;
  @ApiProperty({ enum: PLAN_ITEM_STATUSES, description: 'From the latest report; not-started until one comes' })
  status!: string;
  @ApiPropertyOptional({ type: PlanItemProgressView, nullable: true, description: 'The latest report' })
  latestProgress!: PlanItemProgressView | null;
  @ApiProperty({ type: PlanItemProgressView, isArray: true, description: 'Every report, latest first' })
  history!: PlanItemProgressView[];
}

export class EarlierPlanVersionView {
  @ApiProperty() version!: number;
  @ApiProperty() meetingId!: string;
  @ApiProperty() adoptedBy!: string;
  @ApiProperty() adoptedAt!: string;
}

/** The one plan (indsatsdel) across departments, as its current version stands, with progress. */
export class JointPlanView {
  @ApiProperty() planId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ description: 'The current version; a changed plan is a new version' }) version!: number;
  @ApiProperty({ description: 'The meeting that adopted the current version' }) meetingId!: string;
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES, description: 'The recommended programme the plan follows from' })
  outcome!: string;
  @ApiProperty() employmentGoal!: string;
  @ApiProperty() adoptedBy!: string;
  @ApiProperty() adoptedAt!: string;
  @ApiProperty({ type: PlanItemView, isArray: true }) items!: PlanItemView[];
  @ApiProperty({ type: EarlierPlanVersionView, isArray: true, description: 'Replaced versions, newest first' })
  earlierVersions!: EarlierPlanVersionView[];
}

export function toJointPlanView(plan: JointPlan, reports: readonly PlanItemProgress[]): JointPlanView {
  const state = plan.snapshot();
  const current = plan.current();
  return {
    planId: state.planId,
    caseId: state.caseId,
    municipality: state.municipality,
    version: current.version,
    meetingId: current.meetingId,
    outcome: current.outcome,
    employmentGoal: current.employmentGoal,
    adoptedBy: current.adoptedBy,
    adoptedAt: current.adoptedAt.toISOString(),
    items: current.items.map((item) => {
      const own = reportsOn(item, reports);
      const latest = latestProgress(own);
      return {
        ...item,
        status: latest?.status ?? 'not-started',
        latestProgress: latest ? toProgressView(latest) : null,
        history: progressHistory(own).map(toProgressView),
      };
    }),
    earlierVersions: state.versions
      .filter((version) => version.version !== current.version)
      .reverse()
      .map(toEarlierVersionView),
  };
}

function toProgressView(report: PlanItemProgress): PlanItemProgressView {
  return {
    status: report.status,
    note: report.note,
    reportedBy: report.reportedBy,
    reportedAt: report.reportedAt.toISOString(),
  };
}

function toEarlierVersionView(version: PlanVersion): EarlierPlanVersionView {
  return {
    version: version.version,
    meetingId: version.meetingId,
    adoptedBy: version.adoptedBy,
    adoptedAt: version.adoptedAt.toISOString(),
  };
}
