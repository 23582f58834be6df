import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toOutcomeMessageSummaryView, type OutcomeMessageSummaryView } from '../../http/outcome-message.view';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { ListOutcomeMessagesQuery } from './list-outcome-messages.query';

@QueryHandler(ListOutcomeMessagesQuery)
export class ListOutcomeMessagesHandler implements IQueryHandler<ListOutcomeMessagesQuery, OutcomeMessageSummaryView[]> {
  constructor(private readonly messages: OutcomeMessagesRepository) {}

  async execute(query: ListOutcomeMessagesQuery): Promise<OutcomeMessageSummaryView[]> {
    return (await this.messages.list(query.filter)).map(toOutcomeMessageSummaryView);
  }
}
