import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MeetingClient } from '../clients/meeting.client';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { DECIDERS } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/** The decision maker's queue: recommended cases still without a decision, the earliest due first. */
@Controller('afgoerelser')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class DecisionsController {
  constructor(
    private readonly pages: Pages,
    private readonly meetings: MeetingClient,
  ) {}

  @Get()
  @ForRoles(...DECIDERS, 'chair')
  async queue(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<void> {
    // The meeting service orders them: deferred decisions by due date, then those due at their meeting.
    const pending = (await this.meetings.pendingDecisions(person)).map((item) => ({
      ...item,
      startsAt: item.meetingStartsAt,
      dueDate: item.pendingDecision?.dueDate ?? null,
      overdue: item.pendingDecision !== null && item.pendingDecision.dueDate < new Date().toISOString().slice(0, 10),
    }));
    this.pages.send(request, response, 'decisions', { title: 'Afgørelser der venter', pending }, person);
  }
}
