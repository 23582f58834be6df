import { Command } from '@nestjs/cqrs';

/** The health coordinator requested the GP certificate (LÆ 265): ask the citizen's GP for it. */
export class QueueCertificateRequestCommand extends Command<{ queued: boolean }> {
  constructor(
    readonly caseId: string,
    readonly certificateRequestId: string,
    /** Pseudonymous person id and municipality, from the event's envelope. */
    readonly personId: string,
    readonly municipality: string,
  ) {
    super();
  }
}
