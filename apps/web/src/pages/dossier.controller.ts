import {
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { mayReadHealthData } from '@rehab/platform';
import type { Request, Response } from 'express';
import { GpCorrespondenceClient } from '../clients/gp-correspondence.client';
import { MeetingClient, type Dossier } from '../clients/meeting.client';
import { CONTRIBUTION_HEADINGS } from '../rendering/labels';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { dossierTimeline } from './dossier-timeline';
import { gpAnswersOf, partOfPageMissing } from './gp-answers';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { TEAM } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/**
 * A department's contribution as the dossier shows it to one person: a heading that is health
 * data is withheld from a role that may not read health data, and the page says so.
 */
export function contributionColumns(dossier: Dossier, readsHealthData: boolean) {
  return dossier.contributions.map((contribution) => ({
    ...contribution,
    headings: (CONTRIBUTION_HEADINGS[contribution.department] ?? []).map((heading) => ({
      label: heading.label,
      withheld: heading.healthData && !readsHealthData,
      text: heading.healthData && !readsHealthData ? null : (contribution.current?.content[heading.key] ?? null),
    })),
  }));
}

/** The case dossier: contributions side by side, what is missing by when, the GP certificate, the timeline and what the GP was told. */
@Controller('sager')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class DossierController {
  constructor(
    private readonly pages: Pages,
    private readonly meetings: MeetingClient,
    private readonly gp: GpCorrespondenceClient,
  ) {}

  @Get(':caseId')
  @ForRoles(...TEAM)
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<void> {
    const [dossier, timeline, plan, outcomeMessages, gpAnswers] = await Promise.all([
      this.meetings.dossier(person, caseId),
      this.meetings.timeline(person, caseId),
      this.meetings.plan(person, caseId),
      // The dossier is still worth showing when the GP correspondence service is down.
      this.gp.outcomeMessages(person, caseId).catch(partOfPageMissing),
      gpAnswersOf(this.gp, person, caseId),
    ]);
    if (!dossier || dossier.municipality !== person.municipality) throw new NotFoundException('Sagen findes ikke.');
    const readsHealthData = mayReadHealthData(person.role);
    this.pages.send(
      request,
      response,
      'dossier',
      {
        title: 'Sagens akter',
        dossier,
        columns: contributionColumns(dossier, readsHealthData),
        readsHealthData,
        timeline: dossierTimeline(timeline?.entries ?? [], listOf(outcomeMessages), listOf(gpAnswers)),
        plan,
        outcomeMessages: listOf(outcomeMessages),
        outcomeMessagesUnavailable: outcomeMessages === 'unavailable',
        outcomeMessagesWithheld: outcomeMessages === 'withheld',
        gpAnswers: listOf(gpAnswers),
        gpAnswersUnavailable: gpAnswers === 'unavailable',
        gpAnswersWithheld: gpAnswers === 'withheld',
        live: { caseId },
      },
      person,
    );
  }
}

function listOf<T>(part: T[] | 'unavailable' | 'withheld'): T[] {
  return Array.isArray(part) ? part : [];
}
