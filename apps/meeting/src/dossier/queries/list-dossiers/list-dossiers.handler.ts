import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDossierSummaryView, type DossierSummaryView } from '../../http/dossier.view';
import { DossierRepository } from '../../infrastructure/dossier.repository';
import { ListDossiersQuery } from './list-dossiers.query';

@QueryHandler(ListDossiersQuery)
export class ListDossiersHandler implements IQueryHandler<ListDossiersQuery, DossierSummaryView[]> {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(query: ListDossiersQuery): Promise<DossierSummaryView[]> {
    const dossiers = await this.dossiers.listByMunicipality(query.municipality, query.status);
    return dossiers.map(toDossierSummaryView);
  }
}
