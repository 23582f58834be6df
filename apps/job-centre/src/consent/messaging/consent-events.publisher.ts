import { Injectable } from '@nestjs/common';
import { ConsentRecorded, ConsentWithdrawn } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { Consent, ConsentEvent } from '../domain/consent.aggregate';

/** Turns what happened to a consent into contract events, in the caller's transaction. */
@Injectable()
export class ConsentEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(consent: Consent, events: readonly ConsentEvent[]): Promise<void> {
    const state = consent.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'recorded':
          await this.outbox.publish(
            ConsentRecorded,
            {
              consentId: state.id,
              caseId: state.caseId,
              personId: state.personId,
              scope: state.scope,
              party: state.party,
              givenAt: state.givenAt.toISOString(),
              recordedBy: state.recordedBy,
              recordedAt: state.recordedAt.toISOString(),
              ...(state.source ? { source: state.source } : {}),
            },
            subject,
          );
          break;
        case 'withdrawn':
          await this.outbox.publish(
            ConsentWithdrawn,
            {
              consentId: state.id,
              caseId: state.caseId,
              personId: state.personId,
              scope: state.scope,
              party: state.party,
              withdrawnAt: event.withdrawal.withdrawnAt.toISOString(),
              withdrawnBy: event.withdrawal.withdrawnBy,
            },
            subject,
          );
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled consent event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
