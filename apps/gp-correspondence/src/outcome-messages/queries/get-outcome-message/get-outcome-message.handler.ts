import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { toOutcomeMessageView, type OutcomeMessageView } from '../../http/outcome-message.view';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { GetOutcomeMessageQuery } from './get-outcome-message.query';

@QueryHandler(GetOutcomeMessageQuery)
export class GetOutcomeMessageHandler implements IQueryHandler<GetOutcomeMessageQuery, OutcomeMessageView> {
  constructor(private readonly messages: OutcomeMessagesRepository) {}

  async execute(query: GetOutcomeMessageQuery): Promise<OutcomeMessageView> {
    const message = await this.messages.find(query.id);
    if (!message) throw DomainError.notFound('No outcome message with that id.');
    return toOutcomeMessageView(message);
  }
}
