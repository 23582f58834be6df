import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { type IncomingMessageView, toIncomingMessageView } from '../../http/incoming-message.view';
import { IncomingMessagesRepository } from '../../infrastructure/incoming-messages.repository';
import { GetIncomingMessageQuery } from './get-incoming-message.query';

@QueryHandler(GetIncomingMessageQuery)
export class GetIncomingMessageHandler implements IQueryHandler<GetIncomingMessageQuery, IncomingMessageView> {
  constructor(private readonly messages: IncomingMessagesRepository) {}

  async execute(query: GetIncomingMessageQuery): Promise<IncomingMessageView> {
    const message = await this.messages.find(query.id);
    if (!message) throw DomainError.notFound('No incoming message with that id.');
    return toIncomingMessageView(message);
  }
}
