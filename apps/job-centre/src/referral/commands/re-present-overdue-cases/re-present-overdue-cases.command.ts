import { Command } from '@nestjs/cqrs';

/** Sends back to the team every resource programme with no activity 6 months after its decision. */
export class RePresentOverdueCasesCommand extends Command<string[]> {
  constructor(readonly now: Date) {
    super();
  }
}
