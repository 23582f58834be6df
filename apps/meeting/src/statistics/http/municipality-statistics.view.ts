import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENTS, RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import { MEMBER_ROLES } from '../../meeting/domain/meeting.aggregate';

export class DurationSummaryView {
  @ApiProperty() count!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) averageDays!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) medianDays!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) longestDays!: number | null;
}

export class OutcomeCountView {
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() count!: number;
}

export class QuorumHistoryView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() hasQuorum!: boolean;
  @ApiProperty({ enum: MEMBER_ROLES, isArray: true }) missingRoles!: string[];
  @ApiProperty({ description: 'Recommendations the chair let a meeting without quorum adopt' })
  quorumOverrides!: number;
}

export class OverdueContributionsView {
  @ApiProperty({ enum: DEPARTMENTS }) department!: string;
  @ApiProperty({ description: 'Contributions the department announced overdue' }) overdue!: number;
  @ApiProperty({ description: 'Of those, the ones that have still not reached the dossier' }) stillMissing!: number;
}

export class MunicipalityStatisticsView {
  @ApiProperty() municipality!: string;
  @ApiProperty({ type: DurationSummaryView }) referralToMeeting!: DurationSummaryView;
  @ApiProperty({ type: DurationSummaryView }) meetingToDecision!: DurationSummaryView;
  @ApiProperty({ type: DurationSummaryView }) decisionToGpAcknowledgement!: DurationSummaryView;
  @ApiProperty({ type: OutcomeCountView, isArray: true }) recommendedOutcomes!: OutcomeCountView[];
  @ApiProperty({ type: OutcomeCountView, isArray: true }) decidedOutcomes!: OutcomeCountView[];
  @ApiProperty() decisionsAgainstRecommendation!: number;
  @ApiProperty({
    type: QuorumHistoryView,
    isArray: true,
    description: 'The latest meetings that have started, newest first',
  })
  quorumHistory!: QuorumHistoryView[];
  @ApiProperty({
    type: OverdueContributionsView,
    isArray: true,
    description: 'Overdue contributions per contributing department, from their overdue announcements',
  })
  overdueContributions!: OverdueContributionsView[];
}
