import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { MeetingClient, type Meeting } from '../clients/meeting.client';
import { field, submitForm, type FormRefusal } from '../rendering/form-submission';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { MEETING_RUNNERS, TEAM } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';
import { copenhagenDateTime } from '../rendering/format';

/** The meeting calendar and each meeting's agenda with the readiness of its cases. */
@Controller('moeder')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class MeetingsController {
  constructor(
    private readonly pages: Pages,
    private readonly meetings: MeetingClient,
  ) {}

  @Get()
  @ForRoles(...TEAM)
  async calendar(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<void> {
    await this.showCalendar(request, response, person, null, 200);
  }

  @Post()
  @ForRoles(...MEETING_RUNNERS)
  async schedule(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await submitForm(
      response,
      'schedule',
      body,
      async () => {
        const capacity = field(body, 'capacity');
        const meeting = await this.meetings.scheduleMeeting(
          person,
          copenhagenDateTime(field(body, 'startsAt')),
          capacity ? Number(capacity) : undefined,
        );
        return `/moeder/${meeting.meetingId}`;
      },
      (refusal, status) => this.showCalendar(request, response, person, refusal, status),
    );
  }

  @Get(':meetingId')
  @ForRoles(...TEAM)
  async agenda(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<void> {
    await this.showAgenda(request, response, person, meetingId, null, 200);
  }

  @Post(':meetingId/sager')
  @ForRoles(...MEETING_RUNNERS, 'coordinating-caseworker')
  async placeCase(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await submitForm(
      response,
      'place-case',
      body,
      async () => {
        await this.meetings.placeCase(person, meetingId, field(body, 'caseId'));
        return `/moeder/${meetingId}`;
      },
      (refusal, status) => this.showAgenda(request, response, person, meetingId, refusal, status),
    );
  }

  private async showCalendar(
    request: Request,
    response: Response,
    person: SignedInPerson,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const now = Date.now();
    const meetings = await this.meetings.meetings(person, new Date(now - 24 * 60 * 60 * 1000));
    this.pages.send(
      request,
      response,
      'calendar',
      {
        title: 'Møder og dagsordener',
        meetings: meetings.map((meeting) => ({
          ...meeting,
          cases: meeting.agenda.length,
          late: meeting.agenda.filter((item) => item.late).length,
          decided: meeting.agenda.filter((item) => item.decision).length,
        })),
        maySchedule: MEETING_RUNNERS.includes(person.role),
        refusal,
      },
      person,
      status,
    );
  }

  private async showAgenda(
    request: Request,
    response: Response,
    person: SignedInPerson,
    meetingId: string,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const [meeting, dossiers] = await Promise.all([
      this.meetings.meeting(person, meetingId),
      this.meetings.dossiers(person),
    ]);
    if (!meeting) throw new NotFoundException('Mødet findes ikke.');
    const onAgendas = new Set(
      (await this.meetings.recentMeetings(person)).flatMap((m: Meeting) => m.agenda.map((item) => item.caseId)),
    );
    const byCase = new Map(dossiers.map((dossier) => [dossier.caseId, dossier]));
    this.pages.send(
      request,
      response,
      'agenda',
      {
        title: `Dagsorden`,
        meeting,
        items: meeting.agenda.map((item, index) => {
          const dossier = byCase.get(item.caseId) ?? null;
          return {
            ...item,
            slot: new Date(Date.parse(meeting.startsAt) + index * meeting.slotMinutes * 60_000).toISOString(),
            dossier,
            ready: dossier?.status === 'complete' && !dossier.gpCertificateMissing,
          };
        }),
        // Cases referred in the last year and on no agenda of that year wait for a meeting.
        waiting: dossiers.filter(
          (dossier) =>
            !onAgendas.has(dossier.caseId) &&
            dossier.referredAt !== null &&
            Date.parse(dossier.referredAt) > Date.now() - 365 * 24 * 60 * 60 * 1000,
        ),
        mayPlace: [...MEETING_RUNNERS, 'coordinating-caseworker'].includes(person.role),
        refusal,
      },
      person,
      status,
    );
  }
}
