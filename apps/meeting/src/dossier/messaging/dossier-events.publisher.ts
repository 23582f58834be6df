import { Injectable } from '@nestjs/common';
import { DossierCompleted, GpCertificateAbsenceRecorded } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { Dossier, DossierEvent } from '../domain/dossier.aggregate';

/** Turns what happened to a dossier into contract events, in the caller's transaction. */
@Injectable()
export class DossierEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(dossier: Dossier, events: readonly DossierEvent[]): Promise<void> {
    const state = dossier.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'completed':
          await this.outbox.publish(
            DossierCompleted,
            {
              caseId: state.caseId,
              contributions: event.contributions.map((contribution) => ({
                department: contribution.department,
                contributionId: contribution.contributionId,
                version: contribution.version,
              })),
              completedAt: event.completedAt.toISOString(),
            },
            subject,
          );
          break;
        case 'gp-certificate-absence-recorded':
          await this.outbox.publish(
            GpCertificateAbsenceRecorded,
            {
              caseId: state.caseId,
              reason: event.absence.reason,
              recordedBy: event.absence.recordedBy,
              recordedAt: event.absence.recordedAt.toISOString(),
            },
            subject,
          );
          break;
        case 'referral-recorded':
        case 'contribution-recorded':
        case 'gp-certificate-recorded':
          // Other services already know: they published these themselves.
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled dossier event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
