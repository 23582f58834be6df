import { Query } from '@nestjs/cqrs';
import type { MeetingView } from '../../http/meeting.view';

export class GetMeetingQuery extends Query<MeetingView> {
  constructor(readonly meetingId: string) {
    super();
  }
}
