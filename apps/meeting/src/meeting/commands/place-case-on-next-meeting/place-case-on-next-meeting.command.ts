import { Command } from '@nestjs/cqrs';
import type { NextMeetingPlacement } from './place-case-on-next-meeting.handler';

export class PlaceCaseOnNextMeetingCommand extends Command<NextMeetingPlacement> {
  constructor(readonly caseId: string) {
    super();
  }
}
