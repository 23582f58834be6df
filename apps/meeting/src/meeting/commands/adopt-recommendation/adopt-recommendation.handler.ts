import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import type { DossierReadiness, Recommendation } from '../../domain/meeting.aggregate';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { AdoptRecommendationCommand } from './adopt-recommendation.command';

@CommandHandler(AdoptRecommendationCommand)
export class AdoptRecommendationHandler implements ICommandHandler<AdoptRecommendationCommand, Recommendation> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: AdoptRecommendationCommand): Promise<Recommendation> {
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
          }
        : null;
      const recommendation = meeting.adoptRecommendation(
        command.caseId,
        {
          outcome: command.outcome,
          text: command.text,
          adoptedBy: command.adoptedBy,
          quorumOverrideReason: command.quorumOverrideReason,
          pensionGrounds: command.pensionGrounds,
          dossier: readiness,
        },
        new Date(),
      );
      await this.meetings.save(meeting);
      return recommendation;
    });
  }
}
