import { Query } from '@nestjs/cqrs';
import type { ContributionView } from '../../http/contribution.view';

export class GetContributionQuery extends Query<ContributionView> {
  constructor(readonly caseId: string) {
    super();
  }
}
