import { Query } from '@nestjs/cqrs';
import type { IncomingMessageSummaryView } from '../../http/incoming-message.view';

export class ListIncomingMessagesQuery extends Query<IncomingMessageSummaryView[]> {
  constructor(readonly filter: { caseId?: string; outcome?: string; limit: number }) {
    super();
  }
}
