import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseReturnedToTeam, DossierCompleted, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { PlaceCaseOnNextMeetingCommand } from '../commands/place-case-on-next-meeting/place-case-on-next-meeting.command';
import { MeetingCalendarSettings } from '../infrastructure/meeting-calendar.settings';

/**
 * With MEETING_AUTO_SCHEDULING on, a case whose dossier completes, or that a decision sent back
 * to the team, goes on the next meeting with room. When none has room, or it is already on an
 * agenda, it simply keeps waiting for scheduling: that is not a failed message.
 */
@Injectable()
export class AutoSchedulingConsumer {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendar: MeetingCalendarSettings,
  ) {}

  @HandleEvent(DossierCompleted)
  async dossierCompleted(event: EnvelopeOf<typeof DossierCompleted>): Promise<void> {
    await this.schedule(event.payload.caseId);
  }

  @HandleEvent(CaseReturnedToTeam)
  async caseReturned(event: EnvelopeOf<typeof CaseReturnedToTeam>): Promise<void> {
    await this.schedule(event.payload.caseId);
  }

  private async schedule(caseId: string): Promise<void> {
    if (!this.calendar.autoScheduling) return;
    try {
      await this.commands.execute(new PlaceCaseOnNextMeetingCommand(caseId));
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'rule-violated') return;
      throw error;
    }
  }
}
