import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES } from '@rehab/contracts';
import {
  CONTRIBUTION_TASK_STATUSES,
  type ContributionDraft,
  type ContributionTask,
  type ContributionVersion,
} from '../domain/contribution-task.aggregate';
import type { ContributionTaskSummary } from '../infrastructure/contribution-task.repository';

const contentSchema = { type: 'object', additionalProperties: { type: 'string' } } as const;

export class ContributionDraftView {
  @ApiProperty({ ...contentSchema, description: 'The headings saved so far' }) content!: Record<string, string>;
  @ApiProperty({ description: 'Staff id of who saved it (the signed-in user)' }) savedBy!: string;
  @ApiProperty() savedAt!: string;
}

export class ContributionVersionView {
  @ApiProperty() contributionId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ ...contentSchema, description: 'One text per heading' }) content!: Record<string, string>;
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why an earlier version was changed' }) reason!: string | null;
}

/** The meeting the case is scheduled on and the department's deadline for it. */
export class ContributionDeadlineView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() meetingStartsAt!: string;
  @ApiProperty({ description: 'The configured number of working days before the meeting' }) deadline!: string;
  @ApiProperty({ description: 'From when a reminder is announced if nothing is submitted' }) remindFrom!: string;
  @ApiProperty({ type: String, nullable: true }) reminderAnnouncedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the missed deadline was announced' })
  overdueAnnouncedAt!: string | null;
}

/** A department's task for one case: the draft it is working on and every version it submitted. */
export class ContributionView {
  @ApiProperty() taskId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ enum: CASE_TYPES }) caseType!: string;
  @ApiProperty({ enum: CONTRIBUTION_TASK_STATUSES }) status!: string;
  @ApiProperty() openedAt!: string;
  @ApiProperty({
    type: ContributionDeadlineView,
    nullable: true,
    description: 'Null until the case is scheduled on a meeting',
  })
  deadline!: ContributionDeadlineView | null;
  @ApiPropertyOptional({ type: ContributionDraftView, nullable: true }) draft!: ContributionDraftView | null;
  @ApiProperty({ type: ContributionVersionView, isArray: true, description: 'Oldest first' })
  versions!: ContributionVersionView[];
}

export class ContributionTaskSummaryView {
  @ApiProperty() taskId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ enum: CASE_TYPES }) caseType!: string;
  @ApiProperty({ enum: CONTRIBUTION_TASK_STATUSES }) status!: string;
  @ApiProperty() openedAt!: string;
  @ApiProperty({ description: 'The newest submitted version; 0 when nothing is submitted yet' }) latestVersion!: number;
  @ApiProperty() hasDraft!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Null until the case is scheduled on a meeting' })
  deadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) meetingStartsAt!: string | null;
}

export function toContributionDraftView(draft: ContributionDraft): ContributionDraftView {
  return { content: { ...draft.content }, savedBy: draft.savedBy, savedAt: draft.savedAt.toISOString() };
}

export function toContributionVersionView(version: ContributionVersion): ContributionVersionView {
  return {
    contributionId: version.contributionId,
    version: version.version,
    content: { ...version.content },
    submittedBy: version.submittedBy,
    submittedAt: version.submittedAt.toISOString(),
    reason: version.reason,
  };
}

export function toContributionView(task: ContributionTask): ContributionView {
  const state = task.snapshot();
  return {
    taskId: state.id,
    caseId: state.caseId,
    personId: state.personId,
    municipality: state.municipality,
    caseType: state.caseType,
    status: state.status,
    openedAt: state.openedAt.toISOString(),
    deadline: state.schedule
      ? {
          meetingId: state.schedule.meetingId,
          meetingStartsAt: state.schedule.meetingStartsAt.toISOString(),
          deadline: state.schedule.deadline.toISOString(),
          remindFrom: state.schedule.remindFrom.toISOString(),
          reminderAnnouncedAt: state.reminderAnnouncedAt?.toISOString() ?? null,
          overdueAnnouncedAt: state.overdueAnnouncedAt?.toISOString() ?? null,
        }
      : null,
    draft: state.draft ? toContributionDraftView(state.draft) : null,
    versions: state.versions.map(toContributionVersionView),
  };
}

export function toContributionTaskSummaryView(summary: ContributionTaskSummary): ContributionTaskSummaryView {
  return {
    ...summary,
    openedAt: summary.openedAt.toISOString(),
    deadline: summary.deadline?.toISOString() ?? null,
    meetingStartsAt: summary.meetingStartsAt?.toISOString() ?? null,
  };
}
