import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type IncomingMessageSummaryView, toIncomingMessageSummaryView } from '../../http/incoming-message.view';
import { IncomingMessagesRepository } from '../../infrastructure/incoming-messages.repository';
import { ListIncomingMessagesQuery } from './list-incoming-messages.query';

@QueryHandler(ListIncomingMessagesQuery)
export class ListIncomingMessagesHandler implements IQueryHandler<
  ListIncomingMessagesQuery,
  IncomingMessageSummaryView[]
> {
  constructor(private readonly messages: IncomingMessagesRepository) {}

  async execute(query: ListIncomingMessagesQuery): Promise<IncomingMessageSummaryView[]> {
    return (await this.messages.list(query.filter)).map(toIncomingMessageSummaryView);
  }
}
