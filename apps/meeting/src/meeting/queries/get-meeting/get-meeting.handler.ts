import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toMeetingView, type MeetingView } from '../../http/meeting.view';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { GetMeetingQuery } from './get-meeting.query';

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery, MeetingView> {
  constructor(private readonly meetings: MeetingRepository) {}

  async execute(query: GetMeetingQuery): Promise<MeetingView> {
    return toMeetingView(await this.meetings.get(query.meetingId));
  }
}
