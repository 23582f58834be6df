import { BadRequestException, Controller, Get, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditClient, type ServiceAudit } from '../clients/audit.client';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import type { SignedInPerson } from '../session/signed-in-person';
import { mergedAuditTrail } from './audit-trail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USER_ID = /^[A-Za-z0-9._:@-]{1,100}$/;
/** A page shows the newest records first; the whole trail is one link away. */
const FIRST_PAGE = 25;

/**
 * The operator's audit page: who read or wrote personal data of a case, or what one user read
 * or wrote, across every service's audit log, as one trail, newest first.
 */
@Controller('adgangslog')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class AuditController {
  constructor(
    private readonly pages: Pages,
    private readonly audit: AuditClient,
  ) {}

  @Get()
  @ForRoles('operator')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Query('sag') caseQuery?: string,
    @Query('bruger') userQuery?: string,
    @Query('alle') everything?: string,
  ): Promise<void> {
    const caseId = caseQuery?.trim() ?? '';
    const userId = userQuery?.trim() ?? '';
    if (caseId && !UUID.test(caseId)) throw new BadRequestException('Sagens id skal være et UUID.');
    if (userId && !USER_ID.test(userId)) throw new BadRequestException('Brugerens id har ugyldige tegn.');
    let answers: ServiceAudit[] | null = null;
    if (caseId) answers = await this.audit.forCase(person, caseId);
    else if (userId) answers = await this.audit.forUser(person, userId);
    this.pages.send(
      request,
      response,
      'audit',
      {
        title: 'Adgangslog',
        caseId,
        userId,
        searched: answers !== null,
        trail: answers ? mergedAuditTrail(answers, everything === 'ja' ? undefined : FIRST_PAGE) : null,
        allHref: `/adgangslog?${new URLSearchParams(caseId ? { sag: caseId, alle: 'ja' } : { bruger: userId, alle: 'ja' }).toString()}`,
      },
      person,
    );
  }
}
