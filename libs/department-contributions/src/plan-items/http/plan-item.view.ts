import { ApiProperty } from '@nestjs/swagger';
import {
  type DepartmentPlan,
  PLAN_ITEM_STATUSES,
  type PlanItem,
  type PlanItemProgress,
} from '../domain/department-plan.aggregate';
import type { PlanItemSummary } from '../infrastructure/department-plan.repository';

export class PlanItemProgressView {
  @ApiProperty() progressId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: PLAN_ITEM_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() reportedBy!: string;
  @ApiProperty() reportedAt!: string;
}

export class PlanItemView {
  @ApiProperty() itemId!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Staff id of the item’s owner' }) ownerId!: string;
  @ApiProperty({ example: '2027-01-11' }) startsOn!: string;
  @ApiProperty({ example: '2027-03-31' }) endsOn!: string;
  @ApiProperty({ enum: PLAN_ITEM_STATUSES }) status!: string;
  @ApiProperty({ type: PlanItemProgressView, isArray: true, description: 'Every report, oldest first' })
  progress!: PlanItemProgressView[];
}

/** The department's items in the latest version of a case's joint plan (indsatsdel). */
export class CasePlanItemsView {
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() planId!: string;
  @ApiProperty({ description: 'The plan version the items come from; a newer one replaces them' }) planVersion!: number;
  @ApiProperty() employmentGoal!: string;
  @ApiProperty() adoptedAt!: string;
  @ApiProperty({ type: PlanItemView, isArray: true, description: 'Only this department’s items' })
  items!: PlanItemView[];
}

export class PlanItemSummaryView {
  @ApiProperty() itemId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() planVersion!: number;
  @ApiProperty() description!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty({ enum: PLAN_ITEM_STATUSES }) status!: string;
}

export function toPlanItemProgressView(progress: PlanItemProgress): PlanItemProgressView {
  return { ...progress, reportedAt: progress.reportedAt.toISOString() };
}

function toPlanItemView(item: PlanItem): PlanItemView {
  return { ...item, progress: item.progress.map(toPlanItemProgressView) };
}

export function toCasePlanItemsView(plan: DepartmentPlan): CasePlanItemsView {
  const state = plan.snapshot();
  return {
    caseId: state.caseId,
    municipality: state.municipality,
    planId: state.planId,
    planVersion: state.planVersion,
    employmentGoal: state.employmentGoal,
    adoptedAt: state.adoptedAt.toISOString(),
    items: state.items.map(toPlanItemView),
  };
}

export function toPlanItemSummaryView(summary: PlanItemSummary): PlanItemSummaryView {
  return { ...summary };
}
