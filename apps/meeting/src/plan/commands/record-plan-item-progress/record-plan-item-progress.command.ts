import { Command } from '@nestjs/cqrs';
import type { PlanItemProgress } from '../../domain/plan-item-progress';

export class RecordPlanItemProgressCommand extends Command<void> {
  constructor(
    readonly progress: Omit<PlanItemProgress, 'receivedAt'>,
    /** From the event's envelope: every record belongs to a municipality. */
    readonly municipality: string,
  ) {
    super();
  }
}
