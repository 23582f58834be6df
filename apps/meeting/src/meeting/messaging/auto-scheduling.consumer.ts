import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseReferred, CaseReturnedToTeam, DossierCompleted, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { RecordReferralCommand } from '../../dossier/commands/record-referral/record-referral.command';
import { PlaceCaseOnNextMeetingCommand } from '../commands/place-case-on-next-meeting/place-case-on-next-meeting.command';
import { MeetingCalendarSettings } from '../infrastructure/meeting-calendar.settings';

/**
 * A referral opens the case's dossier. With MEETING_AUTO_SCHEDULING on, the referred case then
 * goes on the next meeting with room at once, before its contributions are in, so the
 * departments' deadlines count back from a real meeting. A case that found no room when it was
 * referred is tried again when its dossier completes, and a case a decision sent back to the team
 * goes on again. When no meeting has room, or the case is already on an agenda, it simply keeps
 * waiting for scheduling: that is not a failed message.
 *
 * The referral is handled here rather than in the dossier feature because one event has one
 * handler per service, and the dossier must exist before the case can be placed.
 */
@Injectable()
export class AutoSchedulingConsumer {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendar: MeetingCalendarSettings,
  ) {}

  @HandleEvent(CaseReferred)
  async caseReferred(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordReferralCommand({
        caseId: payload.caseId,
        personId: payload.personId,
        municipality: event.municipality,
        caseType: payload.caseType,
        requiredDepartments: payload.requiredDepartments,
        requiredMembers: payload.requiredMembers ?? null,
        referredAt: new Date(payload.referredAt),
      }),
    );
    await this.schedule(payload.caseId);
  }

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
