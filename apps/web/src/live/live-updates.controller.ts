import { Controller, type MessageEvent, Sse, UseFilters, UseGuards } from '@nestjs/common';
import { filter, interval, map, merge, type Observable } from 'rxjs';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { TEAM } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';
import { LiveEvents } from './live-events';

/** Server-sent events for the pages of the signed-in person's municipality. */
@Controller('live')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class LiveUpdatesController {
  constructor(private readonly live: LiveEvents) {}

  @Sse('events')
  @ForRoles(...TEAM)
  events(@CurrentPerson() person: SignedInPerson): Observable<MessageEvent> {
    const changes = this.live.stream.pipe(
      filter((event) => event.municipality === person.municipality),
      map((event): MessageEvent => ({
        type: 'case-changed',
        data: { caseId: event.caseId, meetingId: event.meetingId, type: event.type },
      })),
    );
    // A comment now and then keeps proxies from closing a quiet connection.
    const keepAlive = interval(25_000).pipe(map((): MessageEvent => ({ type: 'keep-alive', data: '' })));
    return merge(changes, keepAlive);
  }
}
