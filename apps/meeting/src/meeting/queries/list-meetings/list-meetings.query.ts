import { Query } from '@nestjs/cqrs';
import type { MeetingView } from '../../http/meeting.view';

/** A municipality's meetings from a moment on, earliest first: the calendar and the pending decisions. */
export class ListMeetingsQuery extends Query<MeetingView[]> {
  constructor(
    readonly municipality: string,
    readonly from: Date | null,
    readonly limit: number,
  ) {
    super();
  }
}
