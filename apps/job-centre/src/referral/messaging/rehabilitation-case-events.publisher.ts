import { Injectable } from '@nestjs/common';
import {
  CaseReferred,
  CaseRePresented,
  PreparatoryPartSubmitted,
  ResourceProgrammeActivityStarted,
  ResourceProgrammeExtended,
} from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { RehabilitationCase, RehabilitationCaseEvent } from '../domain/rehabilitation-case.aggregate';

/** Turns what happened to a case into contract events, in the caller's transaction. */
@Injectable()
export class RehabilitationCaseEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(rehabilitationCase: RehabilitationCase, events: readonly RehabilitationCaseEvent[]): Promise<void> {
    const state = rehabilitationCase.snapshot();
    const subject = { caseId: state.id, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'referred':
          await this.outbox.publish(
            CaseReferred,
            {
              caseId: state.id,
              personId: state.personId,
              caseType: state.caseType,
              coordinatingCaseworkerId: state.coordinatingCaseworkerId,
              requiredDepartments: state.requiredDepartments,
              generalPractitioner: state.generalPractitioner,
              referredAt: state.referredAt.toISOString(),
              ...(state.requiredMembers ? { requiredMembers: state.requiredMembers } : {}),
            },
            subject,
          );
          break;
        case 'preparatory-part-submitted':
          await this.outbox.publish(
            PreparatoryPartSubmitted,
            {
              caseId: state.id,
              contributionId: event.part.contributionId,
              version: event.part.version,
              sections: event.part.sections,
              submittedBy: event.part.submittedBy,
              submittedAt: event.part.submittedAt.toISOString(),
              attachments: event.part.attachments,
            },
            subject,
          );
          break;
        case 'resource-programme-extended':
          await this.outbox.publish(
            ResourceProgrammeExtended,
            {
              caseId: state.id,
              extensionId: event.extension.extensionId,
              nothingNew: true,
              reason: event.extension.reason,
              decisionMakerId: event.extension.decisionMakerId,
              ...(event.extension.extendedUntil ? { extendedUntil: event.extension.extendedUntil } : {}),
              recordedBy: event.extension.recordedBy,
              recordedAt: event.extension.recordedAt.toISOString(),
            },
            subject,
          );
          break;
        case 'activity-started':
          await this.outbox.publish(
            ResourceProgrammeActivityStarted,
            { caseId: state.id, startedAt: event.startedAt.toISOString(), recordedBy: event.recordedBy },
            subject,
          );
          break;
        case 're-presented': {
          const decidedAt = state.decision?.decidedAt;
          if (!decidedAt) throw new Error('A re-presented case must have a decision');
          await this.outbox.publish(
            CaseRePresented,
            {
              caseId: state.id,
              reason: event.rePresentation.reason,
              reasonText: event.rePresentation.reasonText,
              decidedAt: decidedAt.toISOString(),
              rePresentedAt: event.rePresentation.rePresentedAt.toISOString(),
            },
            subject,
          );
          break;
        }
        case 'decision-recorded':
          // The meeting service announced the decision; the job centre only takes note of it.
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled case event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
