import { Command } from '@nestjs/cqrs';
import type { ConsentParty, ConsentScope } from '@rehab/contracts';

export type ConsentChange = { kind: 'given'; givenAt: Date } | { kind: 'withdrawn'; withdrawnAt: Date };

/** The job centre recorded or withdrew a consent of a case: update the consent view and the held messages. */
export class TrackConsentCommand extends Command<{ released: number }> {
  constructor(
    readonly consent: { consentId: string; caseId: string; scope: ConsentScope; party: ConsentParty },
    readonly change: ConsentChange,
  ) {
    super();
  }
}
