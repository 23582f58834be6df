import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseScheduled, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { ScheduleContributionDeadlineCommand } from '../commands/schedule-contribution-deadline/schedule-contribution-deadline.command';

/** A case put on a meeting (or moved to another) sets the department's deadline. */
@Injectable()
export class CaseScheduledConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(CaseScheduled)
  async handle(event: EnvelopeOf<typeof CaseScheduled>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new ScheduleContributionDeadlineCommand(
        payload.caseId,
        event.municipality,
        payload.meetingId,
        new Date(payload.startsAt),
      ),
    );
  }
}
