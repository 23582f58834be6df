import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toMeetingView, type MeetingView } from '../../http/meeting.view';
import { MeetingRepository } from '../../infrastructure/meeting.repository';
import { ListMeetingsQuery } from './list-meetings.query';

@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler implements IQueryHandler<ListMeetingsQuery, MeetingView[]> {
  constructor(private readonly meetings: MeetingRepository) {}

  async execute(query: ListMeetingsQuery): Promise<MeetingView[]> {
    const meetings = await this.meetings.listByMunicipality(query.municipality, query.from, query.limit);
    return meetings.map(toMeetingView);
  }
}
