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
import { RECOMMENDATION_OUTCOMES } from '@rehab/contracts';
import type { Request, Response } from 'express';
import { GpCorrespondenceClient } from '../clients/gp-correspondence.client';
import { MeetingClient } from '../clients/meeting.client';
import { field, submitForm, type FormRefusal } from '../rendering/form-submission';
import { htmlToText } from '../rendering/format';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { gpAnswersOf } from './gp-answers';
import { CASE_STEPS, orderOfBusiness } from './order-of-business';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { DECIDERS, MEETING_RUNNERS, TEAM } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/** The roles a meeting records attendance for; the quorum rule is the meeting service's. */
const MEETING_ROLES = [
  'chair',
  'minute-taker',
  'employment',
  'health',
  'social',
  'education',
  'region-health-coordinator',
  'company-consultant',
  'decision-maker',
] as const;
const PLAN_ROWS = 3;

/**
 * The live meeting: attendance and quorum, then per case the citizen's presence, the
 * recommendation editor prefilled from the dossier, the decision and the plan. New
 * contributions and the GP's replies show up while it is open (server-sent events).
 */
@Controller('moeder/:meetingId/live')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class LiveMeetingController {
  constructor(
    private readonly pages: Pages,
    private readonly meetings: MeetingClient,
    private readonly gp: GpCorrespondenceClient,
  ) {}

  @Get()
  @ForRoles(...TEAM)
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
  ): Promise<void> {
    await this.render(request, response, person, meetingId, null, 200);
  }

  @Post('fremmoede')
  @ForRoles(...MEETING_RUNNERS)
  async attendance(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const members = MEETING_ROLES.map((role) => ({
      role,
      staffId: field(body, `staff-${role}`),
      present: field(body, `present-${role}`) === 'yes',
    })).filter((member) => member.staffId.length > 0);
    await submitForm(
      response,
      'attendance',
      body,
      async () => {
        await this.meetings.recordAttendance(person, meetingId, members);
        return `/moeder/${meetingId}/live#fremmoede`;
      },
      (refusal, status) => this.render(request, response, person, meetingId, refusal, status),
    );
  }

  /** The next step of the order of business, as the minute-taker or chair records it. */
  @Post('forloeb')
  @ForRoles(...MEETING_RUNNERS)
  async proceedingStep(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const caseId = field(body, 'caseId');
    await submitForm(
      response,
      'proceedings',
      body,
      async () => {
        await this.meetings.recordProceedingStep(person, meetingId, field(body, 'step'), caseId || null);
        return caseId ? `/moeder/${meetingId}/live#sag-${caseId}` : `/moeder/${meetingId}/live#forloeb`;
      },
      (refusal, status) => this.render(request, response, person, meetingId, refusal, status),
    );
  }

  @Post('sager/:caseId/borger')
  @ForRoles(...MEETING_RUNNERS)
  async citizen(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await this.caseForm(request, response, person, meetingId, caseId, `citizen-${caseId}`, body, () =>
      this.meetings.recordCitizenAttendance(person, meetingId, caseId, {
        present: field(body, 'present') === 'yes',
        ...(field(body, 'absenceReason') ? { absenceReason: field(body, 'absenceReason') } : {}),
        ...(field(body, 'supporter') ? { supporter: field(body, 'supporter') } : {}),
      }),
    );
  }

  @Post('sager/:caseId/indstilling')
  @ForRoles(...MEETING_RUNNERS)
  async recommendation(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const optional = [
      'quorumOverrideReason',
      'employmentFactors',
      'socialFactors',
      'healthFactors',
      'workCapacityReasoning',
    ];
    await this.caseForm(request, response, person, meetingId, caseId, `recommendation-${caseId}`, body, () =>
      this.meetings.adoptRecommendation(person, meetingId, caseId, {
        outcome: field(body, 'outcome'),
        text: field(body, 'text'),
        ...Object.fromEntries(optional.filter((name) => field(body, name)).map((name) => [name, field(body, name)])),
      }),
    );
  }

  @Post('sager/:caseId/afgoerelse')
  @ForRoles(...DECIDERS)
  async decision(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await this.caseForm(request, response, person, meetingId, caseId, `decision-${caseId}`, body, () =>
      this.meetings.recordDecision(person, meetingId, caseId, {
        outcome: field(body, 'outcome'),
        decidedAtMeeting: true,
        ...(field(body, 'deviationReason') ? { deviationReason: field(body, 'deviationReason') } : {}),
      }),
    );
  }

  @Post('sager/:caseId/afgoerelse-senere')
  @ForRoles(...MEETING_RUNNERS)
  async pendingDecision(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await this.caseForm(request, response, person, meetingId, caseId, `pending-${caseId}`, body, () =>
      this.meetings.recordPendingDecision(person, meetingId, caseId, field(body, 'owner'), field(body, 'dueDate')),
    );
  }

  @Post('sager/:caseId/plan')
  @ForRoles(...MEETING_RUNNERS)
  async plan(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const items = Array.from({ length: PLAN_ROWS }, (_, row) => ({
      department: field(body, `item-${row}-department`),
      description: field(body, `item-${row}-description`),
      ownerId: field(body, `item-${row}-owner`),
      startsOn: field(body, `item-${row}-startsOn`),
      endsOn: field(body, `item-${row}-endsOn`),
    })).filter((item) => item.description.length > 0);
    await this.caseForm(request, response, person, meetingId, caseId, `plan-${caseId}`, body, () =>
      this.meetings.adoptPlan(person, meetingId, caseId, { employmentGoal: field(body, 'employmentGoal'), items }),
    );
  }

  private async caseForm(
    request: Request,
    response: Response,
    person: SignedInPerson,
    meetingId: string,
    caseId: string,
    form: string,
    body: Record<string, unknown>,
    action: () => Promise<unknown>,
  ): Promise<void> {
    await submitForm(
      response,
      form,
      body,
      async () => {
        await action();
        return `/moeder/${meetingId}/live#sag-${caseId}`;
      },
      (refusal, status) => this.render(request, response, person, meetingId, refusal, status),
    );
  }

  private async render(
    request: Request,
    response: Response,
    person: SignedInPerson,
    meetingId: string,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const meeting = await this.meetings.meeting(person, meetingId);
    if (!meeting) throw new NotFoundException('Mødet findes ikke.');
    const runs = MEETING_RUNNERS.includes(person.role);
    const order = orderOfBusiness(meeting);
    const cases = await Promise.all(
      meeting.agenda.map(async (item) => {
        const [dossier, draft, gpAnswers] = await Promise.all([
          this.meetings.dossier(person, item.caseId),
          runs && !item.recommendation ? this.meetings.recommendationDraft(person, meetingId, item.caseId) : null,
          gpAnswersOf(this.gp, person, item.caseId),
        ]);
        const formOf = (name: string) => (refusal?.form === `${name}-${item.caseId}` ? refusal : null);
        return {
          ...item,
          dossier,
          gpAnswers: Array.isArray(gpAnswers) ? gpAnswers : [],
          gpAnswersUnavailable: gpAnswers === 'unavailable',
          gpAnswersWithheld: gpAnswers === 'withheld',
          ready: dossier?.status === 'complete' && !dossier.gpCertificateMissing,
          draftText: formOf('recommendation')?.values.text ?? (draft ? htmlToText(draft.html) : ''),
          refusals: {
            citizen: formOf('citizen'),
            recommendation: formOf('recommendation'),
            decision: formOf('decision'),
            pending: formOf('pending'),
            plan: formOf('plan'),
          },
          planRows: Array.from({ length: PLAN_ROWS }, (_, row) => ({ row })),
          proceeding: proceedingOf(order.cases.get(item.caseId), order.caseUnderWay === item.caseId),
        };
      }),
    );
    const attendance = MEETING_ROLES.map((role) => {
      const recorded = meeting.attendance.find((member) => member.role === role);
      return {
        role,
        staffId: recorded?.staffId ?? '',
        present: recorded?.present ?? false,
        recorded: Boolean(recorded),
      };
    });
    this.pages.send(
      request,
      response,
      'live-meeting',
      {
        title: 'Mødet',
        meeting,
        attendance,
        cases,
        outcomes: RECOMMENDATION_OUTCOMES,
        departments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
        runs,
        decides: DECIDERS.includes(person.role),
        attendanceRefusal: refusal?.form === 'attendance' ? refusal : null,
        order: {
          ...order,
          currentCase: order.current?.caseId ? caseNameOf(cases, order.current.caseId) : null,
          available: order.available.map((next) => ({
            ...next,
            case: next.caseId ? caseNameOf(cases, next.caseId) : null,
          })),
          refusal: refusal?.form === 'proceedings' ? refusal : null,
        },
        live: { meetingId },
      },
      person,
      status,
    );
  }
}

/** How the page names a case to the team: its place on the agenda and its type (never the citizen). */
function caseNameOf(cases: { caseId: string; dossier: { caseType: string | null } | null }[], caseId: string) {
  const index = cases.findIndex((item) => item.caseId === caseId);
  return { number: index + 1, caseType: cases[index]?.dossier?.caseType ?? null };
}

/** A case's four steps for the page: which are taken, and which one may be recorded now. */
function proceedingOf(progress: { taken: string[]; next: string | null } | undefined, underWay: boolean) {
  return {
    underWay,
    next: progress?.next ?? null,
    steps: CASE_STEPS.map((step) => ({
      step,
      taken: progress?.taken.includes(step) ?? false,
      next: progress?.next === step,
    })),
  };
}
