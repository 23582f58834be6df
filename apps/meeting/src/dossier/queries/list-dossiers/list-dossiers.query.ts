import { Query } from '@nestjs/cqrs';
import type { DossierStatus } from '../../domain/dossier.aggregate';
import type { DossierSummaryView } from '../../http/dossier.view';

export class ListDossiersQuery extends Query<DossierSummaryView[]> {
  constructor(
    readonly municipality: string,
    readonly status?: DossierStatus,
  ) {
    super();
  }
}
