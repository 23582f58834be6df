import { Query } from '@nestjs/cqrs';
import type { DossierView } from '../../http/dossier.view';

export class GetDossierQuery extends Query<DossierView> {
  constructor(readonly caseId: string) {
    super();
  }
}
