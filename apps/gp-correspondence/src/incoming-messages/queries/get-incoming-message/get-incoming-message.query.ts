import { Query } from '@nestjs/cqrs';
import type { IncomingMessageView } from '../../http/incoming-message.view';

export class GetIncomingMessageQuery extends Query<IncomingMessageView> {
  constructor(readonly id: string) {
    super();
  }
}
