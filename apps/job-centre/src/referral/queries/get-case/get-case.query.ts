import { Query } from '@nestjs/cqrs';
import type { CaseView } from '../../http/case.view';

export class GetCaseQuery extends Query<CaseView> {
  constructor(readonly caseId: string) {
    super();
  }
}
