import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../http/uuid-param.pipe';
import { GetGpInboxMessageQuery } from '../queries/get-gp-inbox-message/get-gp-inbox-message.query';
import { ListGpInboxMessagesQuery } from '../queries/list-gp-inbox-messages/list-gp-inbox-messages.query';
import { GpInboxMessageSummaryView, GpInboxMessageView } from './gp-inbox-message.view';
import { ListGpInboxMessagesDto } from './list-gp-inbox-messages.dto';

/** The built-in GP inbox, as the GP sees it: what arrived, once each, with the acknowledgement returned. */
@ApiTags('gp-inbox')
@Controller('gp-inbox/messages')
export class GpInboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Messages the built-in GP inbox received, newest first (duplicates appear once)' })
  @ApiOkResponse({ type: GpInboxMessageSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed or unknown' })
  async list(@Query() query: ListGpInboxMessagesDto): Promise<GpInboxMessageSummaryView[]> {
    return this.queries.execute(new ListGpInboxMessagesQuery(query.recipientSorCode, query.limit ?? 50));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One received message with the FHIR bundle (it names the patient by CPR) and its acknowledgement' })
  @ApiOkResponse({ type: GpInboxMessageView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No message with that id' })
  async get(@Param('id', uuidParam('id')) id: string): Promise<GpInboxMessageView> {
    return this.queries.execute(new GetGpInboxMessageQuery(id));
  }
}
