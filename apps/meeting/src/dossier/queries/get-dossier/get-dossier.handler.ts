import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDossierView, type DossierView } from '../../http/dossier.view';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { GetDossierQuery } from './get-dossier.query';

@QueryHandler(GetDossierQuery)
export class GetDossierHandler implements IQueryHandler<GetDossierQuery, DossierView> {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(query: GetDossierQuery): Promise<DossierView> {
    return toDossierView(await this.dossiers.get(query.caseId));
  }
}
