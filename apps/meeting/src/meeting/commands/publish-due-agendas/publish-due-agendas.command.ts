import { Command } from '@nestjs/cqrs';

/** Announces the agenda of every meeting whose lead time has come by `now`; a timer or a test sends it. Returns their ids. */
export class PublishDueAgendasCommand extends Command<string[]> {
  constructor(readonly now: Date = new Date()) {
    super();
  }
}
