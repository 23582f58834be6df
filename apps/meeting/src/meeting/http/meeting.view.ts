import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import {
  agendaItemStatus,
  MEMBER_ROLES,
  type AgendaItem,
  type Attendance,
  type CitizenAttendance,
  type Decision,
  type Meeting,
  type PendingDecision,
  type Recommendation,
} from '../domain/meeting.aggregate';
import { PROCEEDING_STEPS, type ProceedingStep } from '../domain/order-of-business';

export class PensionGroundsView {
  @ApiProperty() employmentFactors!: string;
  @ApiProperty() socialFactors!: string;
  @ApiProperty() healthFactors!: string;
  @ApiProperty({ description: 'Why work capacity is substantially and permanently reduced' })
  workCapacityReasoning!: string;
}

export class RecommendationView {
  @ApiProperty() recommendationId!: string;
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() text!: string;
  @ApiProperty() adoptedBy!: string;
  @ApiProperty() adoptedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why a meeting without quorum adopted it' })
  quorumOverrideReason!: string | null;
  @ApiPropertyOptional({ type: PensionGroundsView, nullable: true, description: 'For disability-pension only' })
  pensionGrounds!: PensionGroundsView | null;
}

export class DecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty() recommendationId!: string;
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES }) outcome!: string;
  @ApiProperty() followsRecommendation!: boolean;
  @ApiProperty() decidedBy!: string;
  @ApiProperty() decidedAtMeeting!: boolean;
  @ApiProperty() decidedAt!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Why the decision goes against the recommendation',
  })
  deviationReason!: string | null;
}

export class CitizenAttendanceView {
  @ApiProperty() present!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) absenceReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The supporter (bisidder)' }) supporter!:
    string | null;
  @ApiProperty() recordedAt!: string;
}

export class PendingDecisionView {
  @ApiProperty() owner!: string;
  @ApiProperty({ example: '2026-12-01' }) dueDate!: string;
  @ApiProperty() recordedAt!: string;
}

export class AttendanceView {
  @ApiProperty({ enum: MEMBER_ROLES }) role!: string;
  @ApiProperty() staffId!: string;
  @ApiProperty() present!: boolean;
  @ApiProperty() recordedAt!: string;
}

export class QuorumView {
  @ApiProperty() hasQuorum!: boolean;
  @ApiProperty({ enum: MEMBER_ROLES, isArray: true }) missingRoles!: string[];
}

export class AgendaItemView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ description: 'Placed after the agenda was published' }) late!: boolean;
  @ApiProperty({ enum: ['scheduled', 'recommended', 'decided'] }) status!: string;
  @ApiProperty() educationMemberRequired!: boolean;
  @ApiPropertyOptional({ type: CitizenAttendanceView, nullable: true }) citizen!: CitizenAttendanceView | null;
  @ApiPropertyOptional({ type: RecommendationView, nullable: true }) recommendation!: RecommendationView | null;
  @ApiPropertyOptional({ type: PendingDecisionView, nullable: true }) pendingDecision!: PendingDecisionView | null;
  @ApiPropertyOptional({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
}

/** A step of the order of business and when it was taken. */
export class ProceedingStepView {
  @ApiProperty() sequence!: number;
  @ApiProperty({ enum: PROCEEDING_STEPS }) step!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Null for the opening' }) caseId!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
}

export class MeetingView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty({ description: 'Staff id of the chair (mødeleder)' }) chairId!: string;
  @ApiProperty() scheduledAt!: string;
  @ApiProperty({ description: 'How many cases the meeting takes' }) capacity!: number;
  @ApiProperty({ description: 'Minutes per case, 30 to 60' }) slotMinutes!: number;
  @ApiProperty({ description: 'When the agenda goes out; later additions are late' }) agendaPublishesAt!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'When the agenda was announced (meeting.agenda-published); null until then',
  })
  agendaPublishedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The recurring series it belongs to' })
  seriesId!: string | null;
  @ApiProperty({ type: AgendaItemView, isArray: true }) agenda!: AgendaItemView[];
  @ApiProperty({ type: AttendanceView, isArray: true }) attendance!: AttendanceView[];
  @ApiProperty({ type: QuorumView }) quorum!: QuorumView;
  @ApiProperty({ type: ProceedingStepView, isArray: true, description: 'The order of business as it happened' })
  proceedings!: ProceedingStepView[];
}

export function toProceedingStepView(step: ProceedingStep): ProceedingStepView {
  return { ...step, recordedAt: step.recordedAt.toISOString() };
}

export function toCitizenAttendanceView(citizen: CitizenAttendance): CitizenAttendanceView {
  return { ...citizen, recordedAt: citizen.recordedAt.toISOString() };
}

export function toPendingDecisionView(pending: PendingDecision): PendingDecisionView {
  return {
    owner: pending.owner,
    dueDate: pending.dueDate.toISOString().slice(0, 10),
    recordedAt: pending.recordedAt.toISOString(),
  };
}

function toAttendanceView(attendance: Attendance): AttendanceView {
  return { ...attendance, recordedAt: attendance.recordedAt.toISOString() };
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
    late: item.late,
    status: agendaItemStatus(item),
    educationMemberRequired: item.educationMemberRequired,
    citizen: item.citizen ? toCitizenAttendanceView(item.citizen) : null,
    recommendation: item.recommendation ? toRecommendationView(item.recommendation) : null,
    pendingDecision: item.pendingDecision ? toPendingDecisionView(item.pendingDecision) : null,
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
    capacity: state.capacity,
    slotMinutes: state.slotMinutes,
    agendaPublishesAt: state.agendaPublishesAt.toISOString(),
    agendaPublishedAt: state.agendaPublishedAt?.toISOString() ?? null,
    seriesId: state.seriesId,
    agenda: state.agenda.map(toAgendaItemView),
    attendance: state.attendance.map(toAttendanceView),
    quorum: meeting.quorum(),
    proceedings: meeting.proceedings().map(toProceedingStepView),
  };
}
