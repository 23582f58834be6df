import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import type { AgendaItem, DossierReadiness } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { PlaceCaseOnNextMeetingCommand } from './place-case-on-next-meeting.command';

export interface NextMeetingPlacement {
  meetingId: string;
  item: AgendaItem;
}

/** Puts a referred case, ready or not yet, on the next meeting of its municipality that still has room. */
@CommandHandler(PlaceCaseOnNextMeetingCommand)
export class PlaceCaseOnNextMeetingHandler implements ICommandHandler<
  PlaceCaseOnNextMeetingCommand,
  NextMeetingPlacement
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: PlaceCaseOnNextMeetingCommand): Promise<NextMeetingPlacement> {
    return this.transactions.run(async () => {
      const dossier = await this.dossiers.get(command.caseId);
      const state = dossier.snapshot();
      const readiness: DossierReadiness = {
        caseId: state.caseId,
        personId: state.personId,
        municipality: state.municipality,
        status: state.status,
        missingDepartments: dossier.missingDepartments(),
        gpCertificateMissing: dossier.gpCertificateMissing,
        requiresEducationMember: state.requiredMembers?.includes('education') ?? false,
      };
      const now = new Date();
      const meeting = await this.meetings.findNextWithRoom(state.municipality, command.caseId, now);
      if (!meeting) {
        throw DomainError.ruleViolated(
          'No coming meeting of the municipality has room for the case; schedule one first.',
        );
      }
      const elsewhere = await this.meetings.isAwaitingDecisionElsewhere(command.caseId, meeting.id);
      const item = meeting.placeCaseOnAgenda(readiness, elsewhere, now);
      await this.meetings.save(meeting);
      return { meetingId: meeting.id, item };
    });
  }
}
