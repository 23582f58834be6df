import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MeetingClient } from '../clients/meeting.client';
import { barChart } from '../rendering/bar-chart';
import { label } from '../rendering/labels';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { STATISTICS_READERS } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/** The municipality's statistics as charts drawn on the server (SVG), with the figures as tables too. */
@Controller('statistik')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class StatisticsController {
  constructor(
    private readonly pages: Pages,
    private readonly meetings: MeetingClient,
  ) {}

  @Get()
  @ForRoles(...STATISTICS_READERS)
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<void> {
    const statistics = await this.meetings.statistics(person);
    const waits = [
      { label: 'Henvisning til møde', summary: statistics.referralToMeeting },
      { label: 'Møde til afgørelse', summary: statistics.meetingToDecision },
      { label: 'Afgørelse til lægens kvittering', summary: statistics.decisionToGpAcknowledgement },
    ];
    this.pages.send(
      request,
      response,
      'statistics',
      {
        title: 'Statistik',
        statistics,
        waits,
        waitChart: barChart(waits.map((wait) => ({ label: wait.label, value: wait.summary.medianDays ?? 0 }))),
        outcomeChart: barChart(
          statistics.decidedOutcomes.map((count) => ({ label: label(count.outcome), value: count.count })),
        ),
        recommendedChart: barChart(
          statistics.recommendedOutcomes.map((count) => ({ label: label(count.outcome), value: count.count })),
        ),
        overdueChart: barChart(
          statistics.overdueContributions.map((row) => ({ label: label(row.department), value: row.overdue })),
        ),
        quorumMet: statistics.quorumHistory.filter((meeting) => meeting.hasQuorum).length,
      },
      person,
    );
  }
}
