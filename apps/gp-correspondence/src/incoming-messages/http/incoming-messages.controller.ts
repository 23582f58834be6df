import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../http/uuid-param.pipe';
import { GetIncomingMessageQuery } from '../queries/get-incoming-message/get-incoming-message.query';
import { ListIncomingMessagesQuery } from '../queries/list-incoming-messages/list-incoming-messages.query';
import { IncomingMessageSummaryView, IncomingMessageView } from './incoming-message.view';
import { ListIncomingMessagesDto } from './list-incoming-messages.dto';
import { AllowRoles, Audited, HEALTH_DATA_ROLES, TEAM_ROLES } from '@rehab/platform';

@ApiTags('incoming-messages')
@Controller('incoming-messages')
export class IncomingMessagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles(...TEAM_ROLES)
  @Audited({ action: 'list-gp-answers', purpose: 'the GP’s answer' })
  @ApiOperation({ summary: 'Messages from GPs (replies, acknowledgements, refused input), newest first, each once' })
  @ApiOkResponse({ type: IncomingMessageSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed or unknown' })
  async list(@Query() query: ListIncomingMessagesDto): Promise<IncomingMessageSummaryView[]> {
    return this.queries.execute(
      new ListIncomingMessagesQuery({ caseId: query.caseId, outcome: query.outcome, limit: query.limit ?? 50 }),
    );
  }

  @Get(':id')
  @AllowRoles(...HEALTH_DATA_ROLES)
  @Audited({ action: 'read-gp-answer', caseIdField: 'caseId', purpose: 'the GP’s answer' })
  @ApiOperation({ summary: 'One message from a GP: the message, the acknowledgement returned and the raw bytes' })
  @ApiOkResponse({ type: IncomingMessageView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No message with that id' })
  async get(@Param('id', uuidParam('id')) id: string): Promise<IncomingMessageView> {
    return this.queries.execute(new GetIncomingMessageQuery(id));
  }
}
