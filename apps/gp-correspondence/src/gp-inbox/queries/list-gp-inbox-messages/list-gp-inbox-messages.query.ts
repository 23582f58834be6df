import { Query } from '@nestjs/cqrs';
import type { GpInboxMessageSummaryView } from '../../http/gp-inbox-message.view';

export class ListGpInboxMessagesQuery extends Query<GpInboxMessageSummaryView[]> {
  constructor(
    /** The clinics whose messages to list: the signed-in GP's own. */
    readonly recipientSorCodes: readonly string[],
    readonly limit: number,
  ) {
    super();
  }
}
