import { Command } from '@nestjs/cqrs';

export class RecordGpCertificateRequestCommand extends Command<void> {
  constructor(
    /** Whom it concerns, from the event's envelope; used only if it arrives before the referral. */
    readonly subject: { caseId: string; personId: string; municipality: string },
    readonly request: { certificateRequestId: string; requestedAt: Date; answerDeadline: Date },
  ) {
    super();
  }
}
