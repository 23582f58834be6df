import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AllowRoles, Audited } from '@rehab/platform';
import { RecordConsentCommand } from '../commands/record-consent/record-consent.command';
import { WithdrawConsentCommand } from '../commands/withdraw-consent/withdraw-consent.command';
import { ListConsentsQuery } from '../queries/list-consents/list-consents.query';
import { ConsentView, toConsentView } from './consent.view';
import { RecordConsentDto } from './record-consent.dto';
import { WithdrawConsentDto } from './withdraw-consent.dto';

@ApiTags('consents')
@Controller('cases/:caseId/consents')
export class ConsentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @AllowRoles('coordinating-caseworker')
  @ApiOperation({ summary: 'Record the citizen’s consent to obtain or share information with one party' })
  @ApiCreatedResponse({ type: ConsentView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({ description: 'An active consent with the same scope and party exists' })
  @ApiUnprocessableEntityResponse({ description: 'The scope names another party, or the consent lies in the future' })
  @Audited({ action: 'record-consent', caseIdParam: 'caseId', purpose: 'recording the citizen’s consent' })
  async record(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordConsentDto,
  ): Promise<ConsentView> {
    const consent = await this.commands.execute(
      new RecordConsentCommand(
        caseId,
        body.scope,
        body.party,
        new Date(body.givenAt),
        body.recordedBy,
        body.source,
        body.sourceReference ?? null,
      ),
    );
    return toConsentView(consent, new Date());
  }

  @Get()
  @AllowRoles('coordinating-caseworker', 'member-job-centre', 'chair', 'decision-maker')
  @ApiOperation({ summary: 'Every consent of the case, withdrawn ones included' })
  @ApiOkResponse({ type: [ConsentView] })
  @ApiNotFoundResponse({ description: 'No such case' })
  @Audited({ action: 'read-consents', caseIdParam: 'caseId', purpose: 'case work' })
  async list(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<ConsentView[]> {
    return this.queries.execute(new ListConsentsQuery(caseId));
  }

  @Post(':consentId/withdrawal')
  @AllowRoles('coordinating-caseworker')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a consent; it is kept, marked withdrawn, and stops further sharing' })
  @ApiOkResponse({ type: ConsentView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse({ description: 'No such consent on this case' })
  @ApiConflictResponse({ description: 'The consent is already withdrawn' })
  @ApiUnprocessableEntityResponse({ description: 'The withdrawal lies in the future or before the consent' })
  @Audited({ action: 'withdraw-consent', caseIdParam: 'caseId', purpose: 'recording the withdrawal of a consent' })
  async withdraw(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('consentId', new ParseUUIDPipe()) consentId: string,
    @Body() body: WithdrawConsentDto,
  ): Promise<ConsentView> {
    const consent = await this.commands.execute(
      new WithdrawConsentCommand(
        caseId,
        consentId,
        body.withdrawnBy,
        body.withdrawnAt ? new Date(body.withdrawnAt) : null,
      ),
    );
    return toConsentView(consent, new Date());
  }
}
