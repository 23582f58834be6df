import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDossierView, type DossierView } from '../../http/dossier.view';
import { DossierScheduleRepository } from '../../infrastructure/dossier-schedule.repository';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { GetDossierQuery } from './get-dossier.query';

@QueryHandler(GetDossierQuery)
export class GetDossierHandler implements IQueryHandler<GetDossierQuery, DossierView> {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly schedules: DossierScheduleRepository,
  ) {}

  async execute(query: GetDossierQuery): Promise<DossierView> {
    const dossier = await this.dossiers.get(query.caseId);
    const schedule = await this.schedules.scheduleOf(dossier.caseId, dossier.snapshot().municipality);
    return toDossierView(dossier, schedule);
  }
}
