import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENTS, RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import { TIMELINE_ENTRY_KINDS, type TimelineEntry } from '../domain/case-timeline';

/** One step in a case's history; which optional fields are present depends on the kind. */
export class TimelineEntryView {
  @ApiProperty({ enum: TIMELINE_ENTRY_KINDS }) kind!: string;
  @ApiProperty({ description: 'When it happened' }) at!: string;
  @ApiPropertyOptional() caseType?: string | null;
  @ApiPropertyOptional({ enum: DEPARTMENTS }) department?: string;
  @ApiPropertyOptional() contributionId?: string;
  @ApiPropertyOptional() version?: number;
  @ApiPropertyOptional({ description: 'Staff id of who did it' }) by?: string;
  @ApiPropertyOptional() meetingId?: string;
  @ApiPropertyOptional() meetingStartsAt?: string;
  @ApiPropertyOptional() recommendationId?: string;
  @ApiPropertyOptional() decisionId?: string | null;
  @ApiPropertyOptional({ enum: RECOMMENDATION_OUTCOMES }) outcome?: string;
  @ApiPropertyOptional() followsRecommendation?: boolean;
  @ApiPropertyOptional() decidedAtMeeting?: boolean;
  @ApiPropertyOptional({ description: 'MedCom message header id' }) messageHeaderId?: string;
  @ApiPropertyOptional({ enum: ['ok', 'transient-error', 'fatal-error'] }) code?: string;
}

export class CaseTimelineView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: TimelineEntryView, isArray: true, description: 'Oldest first' }) entries!: TimelineEntryView[];
}

export function toTimelineEntryView(entry: TimelineEntry): TimelineEntryView {
  return Object.fromEntries(
    Object.entries(entry).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  ) as unknown as TimelineEntryView;
}
