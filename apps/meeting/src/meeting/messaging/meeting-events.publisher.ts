import { Injectable } from '@nestjs/common';
import {
  CaseReturnedToTeam,
  CaseScheduled,
  DecisionPending,
  DecisionRecorded,
  RecommendationAdopted,
} from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { Meeting, MeetingEvent } from '../domain/meeting.aggregate';

/** Turns what happened at a meeting into contract events, in the caller's transaction. */
@Injectable()
export class MeetingEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(meeting: Meeting, events: readonly MeetingEvent[]): Promise<void> {
    const state = meeting.snapshot();
    for (const event of events) {
      switch (event.kind) {
        case 'scheduled':
          // No other service needs a meeting before a case is on it.
          break;
        case 'case-placed-on-agenda':
          await this.outbox.publish(
            CaseScheduled,
            { caseId: event.item.caseId, meetingId: state.id, startsAt: state.startsAt.toISOString() },
            this.subjectOf(meeting, event.item.caseId),
          );
          break;
        case 'recommendation-adopted':
          await this.outbox.publish(
            RecommendationAdopted,
            {
              caseId: event.caseId,
              meetingId: state.id,
              recommendationId: event.recommendation.recommendationId,
              outcome: event.recommendation.outcome,
              text: event.recommendation.text,
              adoptedAt: event.recommendation.adoptedAt.toISOString(),
              ...(event.recommendation.quorumOverrideReason === null
                ? {}
                : { quorumOverrideReason: event.recommendation.quorumOverrideReason }),
              ...(event.recommendation.pensionGrounds === null
                ? {}
                : { pensionGrounds: event.recommendation.pensionGrounds }),
            },
            this.subjectOf(meeting, event.caseId),
          );
          break;
        case 'decision-recorded': {
          const recommendation = meeting.findItem(event.caseId)?.recommendation;
          if (!recommendation) throw new Error('A decision was recorded without a recommendation');
          await this.outbox.publish(
            DecisionRecorded,
            {
              caseId: event.caseId,
              decisionId: event.decision.decisionId,
              recommendationId: event.decision.recommendationId,
              outcome: event.decision.outcome,
              followsRecommendation: event.decision.followsRecommendation,
              // The GP correspondence service tells the GP what was recommended as well as decided.
              recommendationText: recommendation.text,
              decidedBy: event.decision.decidedBy,
              decidedAtMeeting: event.decision.decidedAtMeeting,
              decidedAt: event.decision.decidedAt.toISOString(),
            },
            this.subjectOf(meeting, event.caseId),
          );
          break;
        }
        case 'decision-pending': {
          const recommendation = meeting.findItem(event.caseId)?.recommendation;
          if (!recommendation) throw new Error('A decision is pending without a recommendation');
          await this.outbox.publish(
            DecisionPending,
            {
              caseId: event.caseId,
              meetingId: state.id,
              recommendationId: recommendation.recommendationId,
              owner: event.pendingDecision.owner,
              dueDate: event.pendingDecision.dueDate.toISOString().slice(0, 10),
              recordedAt: event.pendingDecision.recordedAt.toISOString(),
            },
            this.subjectOf(meeting, event.caseId),
          );
          break;
        }
        case 'case-returned-to-team':
          await this.outbox.publish(
            CaseReturnedToTeam,
            {
              caseId: event.caseId,
              meetingId: state.id,
              decisionId: event.decisionId,
              reason: event.reason,
              returnedAt: event.returnedAt.toISOString(),
            },
            this.subjectOf(meeting, event.caseId),
          );
          break;
        case 'attendance-recorded':
        case 'citizen-attendance-recorded':
        case 'proceeding-step-recorded':
          // Kept in the meeting's own record; no other service acts on who attended or when a step was taken.
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled meeting event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }

  private subjectOf(meeting: Meeting, caseId: string) {
    const item = meeting.findItem(caseId);
    if (!item) throw new Error('A meeting event names a case that is not on the agenda');
    return { caseId, subjectId: item.personId, municipality: meeting.snapshot().municipality };
  }
}
