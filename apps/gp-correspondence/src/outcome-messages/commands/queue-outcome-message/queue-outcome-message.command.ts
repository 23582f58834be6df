import { Command } from '@nestjs/cqrs';
import type { DecisionSnapshot } from '../../domain/outcome-message';

export interface QueueOutcomeMessageResult {
  /** False when the decision already had a message (a redelivered or repeated event). */
  queued: boolean;
}

export class QueueOutcomeMessageCommand extends Command<QueueOutcomeMessageResult> {
  constructor(
    readonly caseId: string,
    readonly decisionId: string,
    /** Pseudonymous person id and municipality, from the decision event's envelope. */
    readonly personId: string,
    readonly municipality: string,
    readonly decision: DecisionSnapshot,
  ) {
    super();
  }
}
