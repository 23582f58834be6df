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
import { CASE_TYPES } from '@rehab/contracts';
import type { Request, Response } from 'express';
import { JobCentreClient } from '../clients/job-centre.client';
import { field, submitForm, type FormRefusal } from '../rendering/form-submission';
import { CONTRIBUTION_HEADINGS } from '../rendering/labels';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { REFERRERS } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/** The job centre's referral form and the preparatory part (forberedende del). */
@Controller('henvisning')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class ReferralController {
  constructor(
    private readonly pages: Pages,
    private readonly jobCentre: JobCentreClient,
  ) {}

  @Get()
  @ForRoles(...REFERRERS)
  form(@Req() request: Request, @Res() response: Response, @CurrentPerson() person: SignedInPerson): void {
    this.showReferral(request, response, person, null, 200);
  }

  @Post()
  @ForRoles(...REFERRERS)
  async refer(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    // The CPR number is never shown again, not even when the form comes back with a reason.
    const kept = Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'cpr'));
    await submitForm(
      response,
      'referral',
      kept,
      async () => {
        const { caseId } = await this.jobCentre.refer(person, {
          cpr: field(body, 'cpr'),
          caseType: field(body, 'caseType'),
          gpSorCode: field(body, 'gpSorCode'),
          gpName: field(body, 'gpName'),
          hasVocationalQualification: field(body, 'hasVocationalQualification') === 'yes',
        });
        return `/henvisning/${caseId}/forberedende-del`;
      },
      (refusal, status) => Promise.resolve(this.showReferral(request, response, person, refusal, status)),
    );
  }

  @Get(':caseId/forberedende-del')
  @ForRoles(...REFERRERS, 'member-job-centre')
  async preparatory(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<void> {
    await this.showPreparatory(request, response, person, caseId, null, 200);
  }

  @Post(':caseId/forberedende-del')
  @ForRoles(...REFERRERS, 'member-job-centre')
  async submitPreparatory(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const sections = Object.fromEntries(
      (CONTRIBUTION_HEADINGS['job-centre'] ?? []).map((heading) => [heading.key, field(body, heading.key)]),
    );
    await submitForm(
      response,
      'preparatory',
      body,
      async () => {
        await this.jobCentre.submitPreparatoryPart(person, caseId, sections);
        return `/henvisning/${caseId}/forberedende-del?gemt=1`;
      },
      (refusal, status) => this.showPreparatory(request, response, person, caseId, refusal, status),
    );
  }

  private showReferral(
    request: Request,
    response: Response,
    person: SignedInPerson,
    refusal: FormRefusal | null,
    status: number,
  ): void {
    this.pages.send(
      request,
      response,
      'referral',
      {
        title: 'Ny henvisning til rehabiliteringsteamet',
        caseTypes: CASE_TYPES,
        refusal,
        values: refusal?.values ?? {},
      },
      person,
      status,
    );
  }

  private async showPreparatory(
    request: Request,
    response: Response,
    person: SignedInPerson,
    caseId: string,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const jobCentreCase = await this.jobCentre.case(person, caseId);
    if (!jobCentreCase || jobCentreCase.municipality !== person.municipality)
      throw new NotFoundException('Sagen findes ikke.');
    const values = refusal?.values ?? jobCentreCase.preparatoryPart?.sections ?? {};
    this.pages.send(
      request,
      response,
      'preparatory-part',
      {
        title: 'Forberedende del',
        jobCentreCase,
        saved: request.query.gemt === '1',
        headings: (CONTRIBUTION_HEADINGS['job-centre'] ?? []).map((heading) => ({
          ...heading,
          value: values[heading.key] ?? '',
        })),
        refusal,
      },
      person,
      status,
    );
  }
}
