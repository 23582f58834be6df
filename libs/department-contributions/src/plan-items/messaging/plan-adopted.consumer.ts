import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type EnvelopeOf, PlanAdopted } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { ReceiveAdoptedPlanCommand } from '../commands/receive-adopted-plan/receive-adopted-plan.command';

/** The joint plan adopted at the meeting brings the department its items. */
@Injectable()
export class PlanAdoptedConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(PlanAdopted)
  async handle(event: EnvelopeOf<typeof PlanAdopted>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new ReceiveAdoptedPlanCommand({
        caseId: payload.caseId,
        personId: event.subjectId,
        municipality: event.municipality,
        planId: payload.planId,
        planVersion: payload.version,
        meetingId: payload.meetingId,
        employmentGoal: payload.employmentGoal,
        adoptedAt: new Date(payload.adoptedAt),
        items: payload.items,
      }),
    );
  }
}
