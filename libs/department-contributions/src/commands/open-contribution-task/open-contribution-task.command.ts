import { Command } from '@nestjs/cqrs';
import type { CaseType, Department } from '@rehab/contracts';

export type OpenContributionTaskResult = 'opened' | 'already-open' | 'not-required';

export class OpenContributionTaskCommand extends Command<OpenContributionTaskResult> {
  constructor(
    readonly caseId: string,
    /** Pseudonymous person id. */
    readonly personId: string,
    readonly municipality: string,
    readonly caseType: CaseType,
    readonly requiredDepartments: readonly Department[],
  ) {
    super();
  }
}
