import { Command } from '@nestjs/cqrs';
import type { CaseDecision } from '../../domain/rehabilitation-case.aggregate';

export class RecordDecisionCommand extends Command<void> {
  constructor(
    readonly caseId: string,
    readonly decision: CaseDecision,
  ) {
    super();
  }
}
