import type { RecommendationOutcome } from '@rehab/contracts';
import {
  agendaItemStatus,
  Meeting,
  type AgendaItem,
  type Attendance,
  type Decision,
  type MemberRole,
  type Recommendation,
} from '../domain/meeting.aggregate';
import type { ProceedingStep, ProceedingStepKind } from '../domain/order-of-business';
import {
  AgendaItemEntity,
  DecisionEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MeetingProceedingStepEntity,
  RecommendationEntity,
} from './meeting.entity';

export interface MeetingRows {
  meeting: MeetingEntity;
  agenda: readonly AgendaItemEntity[];
  recommendations: readonly RecommendationEntity[];
  decisions: readonly DecisionEntity[];
  attendance: readonly MeetingAttendanceEntity[];
  proceedings: readonly MeetingProceedingStepEntity[];
}

export const MeetingMapper = {
  toDomain(rows: MeetingRows): Meeting {
    return Meeting.restore({
      id: rows.meeting.id,
      municipality: rows.meeting.municipality,
      startsAt: rows.meeting.startsAt,
      chairId: rows.meeting.chairId,
      scheduledAt: rows.meeting.scheduledAt,
      capacity: rows.meeting.capacity,
      slotMinutes: rows.meeting.slotMinutes,
      agendaPublishesAt: rows.meeting.agendaPublishesAt,
      agendaPublishedAt: rows.meeting.agendaPublishedAt,
      seriesId: rows.meeting.seriesId,
      agenda: [...rows.agenda]
        .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
        .map((item) => MeetingMapper.agendaItemToDomain(item, rows.recommendations, rows.decisions)),
      attendance: [...rows.attendance]
        .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())
        .map(attendanceToDomain),
      proceedings: [...rows.proceedings]
        .sort((a, b) => a.sequence - b.sequence)
        .map((row) => ({
          sequence: row.sequence,
          step: row.step as ProceedingStepKind,
          caseId: row.caseId,
          recordedBy: row.recordedBy,
          recordedAt: row.recordedAt,
        })),
      version: rows.meeting.version,
    });
  },

  agendaItemToDomain(
    item: AgendaItemEntity,
    recommendations: readonly RecommendationEntity[],
    decisions: readonly DecisionEntity[],
  ): AgendaItem {
    const belongs = (row: { meetingId: string; caseId: string }) =>
      row.meetingId === item.meetingId && row.caseId === item.caseId;
    const recommendation = recommendations.find(belongs);
    const decision = decisions.find(belongs);
    return {
      caseId: item.caseId,
      personId: item.personId,
      placedAt: item.placedAt,
      late: item.late,
      educationMemberRequired: item.educationMemberRequired,
      citizen:
        item.citizenPresent === null || item.citizenRecordedAt === null
          ? null
          : {
              present: item.citizenPresent,
              absenceReason: item.citizenAbsenceReason,
              supporter: item.supporter,
              recordedAt: item.citizenRecordedAt,
            },
      recommendation: recommendation ? recommendationToDomain(recommendation) : null,
      pendingDecision:
        item.pendingDecisionOwner === null ||
        item.pendingDecisionDueDate === null ||
        item.pendingDecisionRecordedAt === null
          ? null
          : {
              owner: item.pendingDecisionOwner,
              dueDate: new Date(`${item.pendingDecisionDueDate}T00:00:00Z`),
              recordedAt: item.pendingDecisionRecordedAt,
            },
      decision: decision ? decisionToDomain(decision) : null,
    };
  },

  toEntity(meeting: Meeting): MeetingEntity {
    const state = meeting.snapshot();
    const entity = new MeetingEntity();
    Object.assign(entity, {
      id: state.id,
      municipality: state.municipality,
      startsAt: state.startsAt,
      chairId: state.chairId,
      scheduledAt: state.scheduledAt,
      capacity: state.capacity,
      slotMinutes: state.slotMinutes,
      agendaPublishesAt: state.agendaPublishesAt,
      agendaPublishedAt: state.agendaPublishedAt,
      seriesId: state.seriesId,
      version: state.version,
    });
    return entity;
  },

  agendaItemToEntity(meetingId: string, item: AgendaItem): AgendaItemEntity {
    const entity = new AgendaItemEntity();
    Object.assign(entity, {
      meetingId,
      caseId: item.caseId,
      personId: item.personId,
      placedAt: item.placedAt,
      status: agendaItemStatus(item),
      late: item.late,
      educationMemberRequired: item.educationMemberRequired,
      citizenPresent: item.citizen?.present ?? null,
      citizenAbsenceReason: item.citizen?.absenceReason ?? null,
      supporter: item.citizen?.supporter ?? null,
      citizenRecordedAt: item.citizen?.recordedAt ?? null,
      pendingDecisionOwner: item.pendingDecision?.owner ?? null,
      pendingDecisionDueDate: item.pendingDecision?.dueDate.toISOString().slice(0, 10) ?? null,
      pendingDecisionRecordedAt: item.pendingDecision?.recordedAt ?? null,
    });
    return entity;
  },

  proceedingStepToEntity(meetingId: string, step: ProceedingStep): MeetingProceedingStepEntity {
    const entity = new MeetingProceedingStepEntity();
    Object.assign(entity, { meetingId, ...step });
    return entity;
  },

  attendanceToEntity(meetingId: string, attendance: Attendance): MeetingAttendanceEntity {
    const entity = new MeetingAttendanceEntity();
    Object.assign(entity, { meetingId, ...attendance });
    return entity;
  },

  recommendationToEntity(meetingId: string, caseId: string, recommendation: Recommendation): RecommendationEntity {
    const entity = new RecommendationEntity();
    Object.assign(entity, {
      id: recommendation.recommendationId,
      meetingId,
      caseId,
      outcome: recommendation.outcome,
      text: recommendation.text,
      adoptedBy: recommendation.adoptedBy,
      adoptedAt: recommendation.adoptedAt,
      quorumOverrideReason: recommendation.quorumOverrideReason,
      pensionGrounds: recommendation.pensionGrounds,
    });
    return entity;
  },

  decisionToEntity(meetingId: string, caseId: string, decision: Decision): DecisionEntity {
    const entity = new DecisionEntity();
    Object.assign(entity, {
      id: decision.decisionId,
      recommendationId: decision.recommendationId,
      meetingId,
      caseId,
      outcome: decision.outcome,
      followsRecommendation: decision.followsRecommendation,
      decidedBy: decision.decidedBy,
      decidedAtMeeting: decision.decidedAtMeeting,
      decidedAt: decision.decidedAt,
      deviationReason: decision.deviationReason,
    });
    return entity;
  },
};

function recommendationToDomain(entity: RecommendationEntity): Recommendation {
  return {
    recommendationId: entity.id,
    outcome: entity.outcome as RecommendationOutcome,
    text: entity.text,
    adoptedBy: entity.adoptedBy,
    adoptedAt: entity.adoptedAt,
    quorumOverrideReason: entity.quorumOverrideReason,
    pensionGrounds: entity.pensionGrounds,
  };
}

function decisionToDomain(entity: DecisionEntity): Decision {
  return {
    decisionId: entity.id,
    recommendationId: entity.recommendationId,
    outcome: entity.outcome as RecommendationOutcome,
    followsRecommendation: entity.followsRecommendation,
    decidedBy: entity.decidedBy,
    decidedAtMeeting: entity.decidedAtMeeting,
    decidedAt: entity.decidedAt,
    deviationReason: entity.deviationReason,
  };
}

function attendanceToDomain(entity: MeetingAttendanceEntity): Attendance {
  return {
    role: entity.role as MemberRole,
    staffId: entity.staffId,
    present: entity.present,
    recordedAt: entity.recordedAt,
  };
}
