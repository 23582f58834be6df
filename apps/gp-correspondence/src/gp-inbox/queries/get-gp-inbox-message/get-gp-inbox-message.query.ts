import { Query } from '@nestjs/cqrs';
import type { GpInboxMessageView } from '../../http/gp-inbox-message.view';

export class GetGpInboxMessageQuery extends Query<GpInboxMessageView> {
  constructor(readonly id: string) {
    super();
  }
}
