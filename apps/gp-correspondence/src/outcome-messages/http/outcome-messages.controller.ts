import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../http/uuid-param.pipe';
import { GetOutcomeMessageQuery } from '../queries/get-outcome-message/get-outcome-message.query';
import { ListOutcomeMessagesQuery } from '../queries/list-outcome-messages/list-outcome-messages.query';
import { ListOutcomeMessagesDto } from './list-outcome-messages.dto';
import { OutcomeMessageSummaryView, OutcomeMessageView } from './outcome-message.view';

@ApiTags('outcome-messages')
@Controller('outcome-messages')
export class OutcomeMessagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Outcome messages to GPs, newest first, with their delivery progress' })
  @ApiOkResponse({ type: OutcomeMessageSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed or unknown' })
  async list(@Query() query: ListOutcomeMessagesDto): Promise<OutcomeMessageSummaryView[]> {
    return this.queries.execute(
      new ListOutcomeMessagesQuery({ caseId: query.caseId, status: query.status, limit: query.limit ?? 50 }),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'One outcome message with the MedCom bundle delivered and the acknowledgement received' })
  @ApiOkResponse({ type: OutcomeMessageView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No outcome message with that id' })
  async get(@Param('id', uuidParam('id')) id: string): Promise<OutcomeMessageView> {
    return this.queries.execute(new GetOutcomeMessageQuery(id));
  }
}
