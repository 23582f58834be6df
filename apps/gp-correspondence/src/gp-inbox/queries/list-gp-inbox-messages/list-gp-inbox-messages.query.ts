import { Query } from '@nestjs/cqrs';
import type { GpInboxMessageSummaryView } from '../../http/gp-inbox-message.view';

export class ListGpInboxMessagesQuery extends Query<GpInboxMessageSummaryView[]> {
  constructor(
    readonly recipientSorCode: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
