import { Query } from '@nestjs/cqrs';
import type { CaseTimelineView } from '../../http/case-timeline.view';

export class GetCaseTimelineQuery extends Query<CaseTimelineView> {
  constructor(readonly caseId: string) {
    super();
  }
}
