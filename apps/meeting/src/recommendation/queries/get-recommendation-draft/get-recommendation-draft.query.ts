import { Query } from '@nestjs/cqrs';
import type { RecommendationDraftView } from '../../http/recommendation-draft.view';

export class GetRecommendationDraftQuery extends Query<RecommendationDraftView> {
  constructor(
    readonly meetingId: string,
    readonly caseId: string,
  ) {
    super();
  }
}
