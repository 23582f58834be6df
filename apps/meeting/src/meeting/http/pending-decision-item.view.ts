import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES } from '@rehab/contracts';

class PendingRecommendationView {
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() adoptedAt!: string;
}

class DeferredDecisionView {
  @ApiProperty({ description: 'Who decides after the meeting' }) owner!: string;
  @ApiProperty({ example: '2026-12-01' }) dueDate!: string;
}

/** A recommended case still waiting for the municipality's decision (afgørelse). */
export class PendingDecisionItemView {
  @ApiProperty() caseId!: string;
  @ApiProperty() meetingId!: string;
  @ApiProperty() meetingStartsAt!: string;
  @ApiProperty({ type: PendingRecommendationView }) recommendation!: PendingRecommendationView;
  @ApiPropertyOptional({
    type: DeferredDecisionView,
    nullable: true,
    description: 'Set when the decision was deferred to after the meeting; null when it is due at the meeting',
  })
  pendingDecision!: DeferredDecisionView | null;
}
