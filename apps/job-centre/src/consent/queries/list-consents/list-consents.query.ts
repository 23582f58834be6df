import { Query } from '@nestjs/cqrs';
import type { ConsentView } from '../../http/consent.view';

export class ListConsentsQuery extends Query<ConsentView[]> {
  constructor(readonly caseId: string) {
    super();
  }
}
