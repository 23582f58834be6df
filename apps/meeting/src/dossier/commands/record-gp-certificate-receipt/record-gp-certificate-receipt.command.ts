import { Command } from '@nestjs/cqrs';

export class RecordGpCertificateReceiptCommand extends Command<void> {
  constructor(
    /** Whom it concerns, from the event's envelope; used only if it arrives before the referral. */
    readonly subject: { caseId: string; personId: string; municipality: string },
    readonly receipt: { certificateRequestId: string; receivedAt: Date; documentReference: string },
  ) {
    super();
  }
}
