import { Command } from '@nestjs/cqrs';
import type { ProceedingStep } from '../../domain/order-of-business';

/** A step of the order of business, recorded as it is taken. */
export class RecordProceedingStepCommand extends Command<ProceedingStep> {
  constructor(
    readonly meetingId: string,
    readonly step: string,
    readonly caseId: string | null,
    readonly recordedBy: string,
  ) {
    super();
  }
}
