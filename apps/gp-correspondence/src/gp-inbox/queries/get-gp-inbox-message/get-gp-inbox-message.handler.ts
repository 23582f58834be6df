import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { toGpInboxMessageView, type GpInboxMessageView } from '../../http/gp-inbox-message.view';
import { GpInboxRepository } from '../../infrastructure/gp-inbox.repository';
import { GetGpInboxMessageQuery } from './get-gp-inbox-message.query';

@QueryHandler(GetGpInboxMessageQuery)
export class GetGpInboxMessageHandler implements IQueryHandler<GetGpInboxMessageQuery, GpInboxMessageView> {
  constructor(private readonly inbox: GpInboxRepository) {}

  async execute(query: GetGpInboxMessageQuery): Promise<GpInboxMessageView> {
    const message = await this.inbox.find(query.id);
    if (!message) throw DomainError.notFound('No message with that id in the GP inbox.');
    return toGpInboxMessageView(message, await this.inbox.repliesTo(message.id));
  }
}
