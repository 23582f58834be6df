import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ReplyAsGpCommand, type ReplyAsGpResult } from '../commands/reply-as-gp/reply-as-gp.command';
import { ReplyAsGpDto } from './reply-as-gp.dto';
import { uuidParam } from '../../http/uuid-param.pipe';
import { GetGpInboxMessageQuery } from '../queries/get-gp-inbox-message/get-gp-inbox-message.query';
import { ListGpInboxMessagesQuery } from '../queries/list-gp-inbox-messages/list-gp-inbox-messages.query';
import { GpInboxMessageSummaryView, GpInboxMessageView } from './gp-inbox-message.view';
import { ListGpInboxMessagesDto } from './list-gp-inbox-messages.dto';
import { AllowRoles, Audited, principalOf } from '@rehab/platform';
import type { Request } from 'express';
import { clinicsToList, requireOwnClinic } from './own-clinics';

/** The built-in GP inbox, as the GP sees it: what arrived, once each, with the acknowledgement returned. */
@ApiTags('gp-inbox')
@Controller('gp-inbox/messages')
export class GpInboxController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @AllowRoles('general-practitioner')
  @Audited({ action: 'list-gp-inbox', purpose: 'the GP reading their inbox' })
  @ApiOperation({ summary: 'Messages the built-in GP inbox received, newest first (duplicates appear once)' })
  @ApiOkResponse({ type: GpInboxMessageSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed or unknown' })
  async list(@Query() query: ListGpInboxMessagesDto, @Req() request: Request): Promise<GpInboxMessageSummaryView[]> {
    const clinics = clinicsToList(principalOf(request), query.recipientSorCode);
    return this.queries.execute(new ListGpInboxMessagesQuery(clinics, query.limit ?? 50));
  }

  @Get(':id')
  @AllowRoles('general-practitioner')
  @Audited({ action: 'read-gp-inbox-message', purpose: 'the GP reading their inbox' })
  @ApiOperation({
    summary: 'One received message with the FHIR bundle (it names the patient by CPR) and its acknowledgement',
  })
  @ApiOkResponse({ type: GpInboxMessageView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No message with that id' })
  async get(@Param('id', uuidParam('id')) id: string, @Req() request: Request): Promise<GpInboxMessageView> {
    const message: GpInboxMessageView = await this.queries.execute(new GetGpInboxMessageQuery(id));
    requireOwnClinic(principalOf(request), message.recipient.sorCode);
    return message;
  }

  @Post(':id/replies')
  @AllowRoles('general-practitioner')
  @Audited({ action: 'reply-as-gp', purpose: 'the GP answering the municipality' })
  @ApiOperation({
    summary: 'Reply, as the GP, to a received message: a MedCom reply-message in its thread, sent to the municipality',
  })
  @ApiCreatedResponse({ description: "The reply's ids and the municipality's acknowledgement code" })
  @ApiBadRequestResponse({ description: 'The id is not a UUID, or the body is malformed' })
  @ApiNotFoundResponse({ description: 'No message with that id' })
  @ApiUnprocessableEntityResponse({ description: 'The message cannot be answered (no CPR number, no SOR and EAN)' })
  async reply(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReplyAsGpDto,
    @Req() request: Request,
  ): Promise<ReplyAsGpResult> {
    const message: GpInboxMessageView = await this.queries.execute(new GetGpInboxMessageQuery(id));
    requireOwnClinic(principalOf(request), message.recipient.sorCode);
    return this.commands.execute(new ReplyAsGpCommand(id, body));
  }
}
