import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import { agendaItemStatus, type AgendaItem, type Decision, type Meeting, type Recommendation } from '../domain/meeting.aggregate';

export class RecommendationView {
  @ApiProperty() recommendationId!: string;
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() text!: string;
  @ApiProperty() adoptedBy!: string;
  @ApiProperty() adoptedAt!: string;
}

export class DecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty() recommendationId!: string;
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() followsRecommendation!: boolean;
  @ApiProperty() decidedBy!: string;
  @ApiProperty() decidedAtMeeting!: boolean;
  @ApiProperty() decidedAt!: string;
}

export class AgendaItemView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ enum: ['scheduled', 'recommended', 'decided'] }) status!: string;
  @ApiPropertyOptional({ type: RecommendationView, nullable: true }) recommendation!: RecommendationView | null;
  @ApiPropertyOptional({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
}

export class MeetingView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty({ description: 'Staff id of the chair (mødeleder)' }) chairId!: string;
  @ApiProperty() scheduledAt!: string;
  @ApiProperty({ type: AgendaItemView, isArray: true }) agenda!: AgendaItemView[];
}

export function toRecommendationView(recommendation: Recommendation): RecommendationView {
  return { ...recommendation, adoptedAt: recommendation.adoptedAt.toISOString() };
}

export function toDecisionView(decision: Decision): DecisionView {
  return { ...decision, decidedAt: decision.decidedAt.toISOString() };
}

export function toAgendaItemView(item: AgendaItem): AgendaItemView {
  return {
    caseId: item.caseId,
    personId: item.personId,
    placedAt: item.placedAt.toISOString(),
    status: agendaItemStatus(item),
    recommendation: item.recommendation ? toRecommendationView(item.recommendation) : null,
    decision: item.decision ? toDecisionView(item.decision) : null,
  };
}

export function toMeetingView(meeting: Meeting): MeetingView {
  const state = meeting.snapshot();
  return {
    meetingId: state.id,
    municipality: state.municipality,
    startsAt: state.startsAt.toISOString(),
    chairId: state.chairId,
    scheduledAt: state.scheduledAt.toISOString(),
    agenda: state.agenda.map(toAgendaItemView),
  };
}
