import { Query } from '@nestjs/cqrs';
import type { OutcomeMessageFilter } from '../../infrastructure/outcome-messages.repository';
import type { OutcomeMessageSummaryView } from '../../http/outcome-message.view';

export class ListOutcomeMessagesQuery extends Query<OutcomeMessageSummaryView[]> {
  constructor(readonly filter: OutcomeMessageFilter) {
    super();
  }
}
