import { Query } from '@nestjs/cqrs';
import type { PreparatoryPartVersionView } from '../../http/preparatory-part-version.view';

export class ListPreparatoryPartVersionsQuery extends Query<PreparatoryPartVersionView[]> {
  constructor(readonly caseId: string) {
    super();
  }
}
