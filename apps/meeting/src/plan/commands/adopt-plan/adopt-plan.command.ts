import { Command } from '@nestjs/cqrs';
import type { PlanDraft } from '../../domain/joint-plan.aggregate';

/** Adopts the case's joint plan at the meeting, or its next version when it already has one. */
export class AdoptPlanCommand extends Command<{ planId: string; version: number }> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
    readonly draft: PlanDraft,
  ) {
    super();
  }
}
