import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toGpInboxMessageSummaryView, type GpInboxMessageSummaryView } from '../../http/gp-inbox-message.view';
import { GpInboxRepository } from '../../infrastructure/gp-inbox.repository';
import { ListGpInboxMessagesQuery } from './list-gp-inbox-messages.query';

@QueryHandler(ListGpInboxMessagesQuery)
export class ListGpInboxMessagesHandler implements IQueryHandler<ListGpInboxMessagesQuery, GpInboxMessageSummaryView[]> {
  constructor(private readonly inbox: GpInboxRepository) {}

  async execute(query: ListGpInboxMessagesQuery): Promise<GpInboxMessageSummaryView[]> {
    const messages = await this.inbox.list({ recipientSorCodes: query.recipientSorCodes, limit: query.limit });
    return messages.map(toGpInboxMessageSummaryView);
  }
}
