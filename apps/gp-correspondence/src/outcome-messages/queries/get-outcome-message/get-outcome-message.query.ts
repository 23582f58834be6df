import { Query } from '@nestjs/cqrs';
import type { OutcomeMessageView } from '../../http/outcome-message.view';

export class GetOutcomeMessageQuery extends Query<OutcomeMessageView> {
  constructor(readonly id: string) {
    super();
  }
}
