import { Query } from '@nestjs/cqrs';
import type { OutcomeMessageStatus } from '../../domain/outcome-message';
import type { OutcomeMessageSummaryView } from '../../http/outcome-message.view';

export class ListOutcomeMessagesQuery extends Query<OutcomeMessageSummaryView[]> {
  constructor(
    readonly filter: { caseId?: string; status?: OutcomeMessageStatus; limit: number },
  ) {
    super();
  }
}
