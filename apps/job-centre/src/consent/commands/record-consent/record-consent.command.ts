import { Command } from '@nestjs/cqrs';
import type { Consent } from '../../domain/consent.aggregate';

export class RecordConsentCommand extends Command<Consent> {
  constructor(
    readonly caseId: string,
    readonly scope: string,
    readonly party: string,
    readonly givenAt: Date,
    readonly recordedBy: string,
    readonly source: string,
    readonly sourceReference: string | null,
  ) {
    super();
  }
}
