import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import type { AgendaItem, DossierReadiness } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { PlaceCaseOnAgendaCommand } from './place-case-on-agenda.command';

@CommandHandler(PlaceCaseOnAgendaCommand)
export class PlaceCaseOnAgendaHandler implements ICommandHandler<PlaceCaseOnAgendaCommand, AgendaItem> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: PlaceCaseOnAgendaCommand): Promise<AgendaItem> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const dossier = await this.dossiers.find(command.caseId);
      const readiness: DossierReadiness | null = dossier
        ? {
            caseId: dossier.caseId,
            personId: dossier.snapshot().personId,
            municipality: dossier.snapshot().municipality,
            status: dossier.snapshot().status,
            missingDepartments: dossier.missingDepartments(),
            gpCertificateMissing: dossier.gpCertificateMissing,
            requiresEducationMember: dossier.snapshot().requiredMembers?.includes('education') ?? false,
          }
        : null;
      const elsewhere = await this.meetings.isAwaitingDecisionElsewhere(command.caseId, command.meetingId);
      const item = meeting.placeCaseOnAgenda(readiness, elsewhere, new Date());
      await this.meetings.save(meeting);
      return item;
    });
  }
}
