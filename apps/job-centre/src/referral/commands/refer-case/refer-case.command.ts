import { Command } from '@nestjs/cqrs';
import type { GeneralPractitioner } from '../../domain/rehabilitation-case.aggregate';

export interface ReferCaseResult {
  caseId: string;
  personId: string;
}

export class ReferCaseCommand extends Command<ReferCaseResult> {
  constructor(
    readonly municipality: string,
    /** The CPR number as typed at the job centre; it goes no further than the pseudonym registry. */
    readonly cpr: string,
    readonly caseType: string,
    readonly coordinatingCaseworkerId: string,
    readonly generalPractitioner: GeneralPractitioner,
    readonly hasVocationalQualification = false,
  ) {
    super();
  }
}
