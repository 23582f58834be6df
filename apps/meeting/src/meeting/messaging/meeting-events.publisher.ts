import { Injectable } from '@nestjs/common';
import {
  AgendaPublished,
  CaseProceedingStepRecorded,
  CaseReturnedToTeam,
  CaseScheduled,
  CitizenAttendanceRecorded,
  DecisionPending,
  DecisionRecorded,
  MeetingAttendanceRecorded,
  MeetingOpened,
  MeetingQuorumOverridden,
  MeetingScheduled,
  RecommendationAdopted,
} from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { Meeting, MeetingEvent } from '../domain/meeting.aggregate';

/**
 * Turns what happened at a meeting into contract events, in the caller's transaction: a case's
 * steps on the case's stream, the meeting's own (scheduling, attendance, opening, the agenda
 * going out) on the meeting stream, keyed by the meeting id.
 */
@Injectable()
export class MeetingEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(meeting: Meeting, events: readonly MeetingEvent[]): Promise<void> {
    const state = meeting.snapshot();
    const meetingSubject = { meetingId: state.id, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'scheduled':
          await this.outbox.publish(
            MeetingScheduled,
            {
              meetingId: state.id,
              startsAt: state.startsAt.toISOString(),
              chairId: state.chairId,
              capacity: state.capacity,
              slotMinutes: state.slotMinutes,
              agendaPublishesAt: state.agendaPublishesAt.toISOString(),
              seriesId: state.seriesId,
              scheduledAt: state.scheduledAt.toISOString(),
            },
            meetingSubject,
          );
          break;
        case 'case-placed-on-agenda':
          await this.outbox.publish(
            CaseScheduled,
            {
              caseId: event.item.caseId,
              meetingId: state.id,
              startsAt: state.startsAt.toISOString(),
              late: event.item.late,
            },
            this.subjectOf(meeting, event.item.caseId),
          );
          break;
        case 'agenda-published':
          await this.outbox.publish(
            AgendaPublished,
            {
              meetingId: state.id,
              startsAt: state.startsAt.toISOString(),
              agendaPublishesAt: state.agendaPublishesAt.toISOString(),
              publishedAt: event.publishedAt.toISOString(),
              cases: event.agenda.map((item) => ({
                caseId: item.caseId,
                placedAt: item.placedAt.toISOString(),
                late: item.late,
              })),
            },
            meetingSubject,
          );
          break;
        case 'quorum-overridden':
          await this.outbox.publish(
            MeetingQuorumOverridden,
            {
              meetingId: state.id,
              caseId: event.caseId,
              recommendationId: event.recommendation.recommendationId,
              chairId: event.recommendation.adoptedBy,
              reason: event.reason,
              missingRoles: event.missingRoles,
              overriddenAt: event.recommendation.adoptedAt.toISOString(),
            },
            meetingSubject,
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
          await this.outbox.publish(
            MeetingAttendanceRecorded,
            {
              meetingId: state.id,
              role: event.attendance.role,
              staffId: event.attendance.staffId,
              present: event.attendance.present,
              recordedAt: event.attendance.recordedAt.toISOString(),
              // Quorum as it stands once this event and those before it in the batch are applied.
              quorum: event.quorum,
            },
            meetingSubject,
          );
          break;
        case 'citizen-attendance-recorded':
          await this.outbox.publish(
            CitizenAttendanceRecorded,
            {
              caseId: event.caseId,
              meetingId: state.id,
              present: event.citizen.present,
              absenceReasonRecorded: event.citizen.absenceReason !== null,
              supporterPresent: event.citizen.supporter !== null,
              recordedAt: event.citizen.recordedAt.toISOString(),
            },
            this.subjectOf(meeting, event.caseId),
          );
          break;
        case 'proceeding-step-recorded': {
          const { step } = event;
          if (step.step === 'opened' || step.caseId === null) {
            await this.outbox.publish(
              MeetingOpened,
              {
                meetingId: state.id,
                sequence: step.sequence,
                recordedBy: step.recordedBy,
                openedAt: step.recordedAt.toISOString(),
              },
              meetingSubject,
            );
          } else {
            await this.outbox.publish(
              CaseProceedingStepRecorded,
              {
                caseId: step.caseId,
                meetingId: state.id,
                step: step.step,
                sequence: step.sequence,
                recordedBy: step.recordedBy,
                recordedAt: step.recordedAt.toISOString(),
              },
              this.subjectOf(meeting, step.caseId),
            );
          }
          break;
        }
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
