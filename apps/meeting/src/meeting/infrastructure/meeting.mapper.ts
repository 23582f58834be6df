import type { RecommendationOutcome } from '@rehab/contracts';
import { agendaItemStatus, Meeting, type AgendaItem, type Decision, type Recommendation } from '../domain/meeting.aggregate';
import { AgendaItemEntity, DecisionEntity, MeetingEntity, RecommendationEntity } from './meeting.entity';

export interface MeetingRows {
  meeting: MeetingEntity;
  agenda: readonly AgendaItemEntity[];
  recommendations: readonly RecommendationEntity[];
  decisions: readonly DecisionEntity[];
}

export const MeetingMapper = {
  toDomain(rows: MeetingRows): Meeting {
    return Meeting.restore({
      id: rows.meeting.id,
      municipality: rows.meeting.municipality,
      startsAt: rows.meeting.startsAt,
      chairId: rows.meeting.chairId,
      scheduledAt: rows.meeting.scheduledAt,
      agenda: [...rows.agenda]
        .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
        .map((item) => MeetingMapper.agendaItemToDomain(item, rows.recommendations, rows.decisions)),
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
      recommendation: recommendation ? recommendationToDomain(recommendation) : null,
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
    });
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
  };
}
