import { Command } from '@nestjs/cqrs';
import type { Dossier } from '../../domain/dossier.aggregate';

/** The team goes ahead without the GP certificate, for a recorded reason. */
export class RecordGpCertificateAbsenceCommand extends Command<Dossier> {
  constructor(
    readonly caseId: string,
    readonly reason: string,
    readonly recordedBy: string,
  ) {
    super();
  }
}
