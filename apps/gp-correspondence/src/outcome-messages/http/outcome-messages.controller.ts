import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
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
import {
  QueueFollowUpMessageCommand,
  type QueueFollowUpMessageResult,
} from '../commands/queue-follow-up-message/queue-follow-up-message.command';
import { FollowUpMessageDto } from './follow-up-message.dto';
import { uuidParam } from '../../http/uuid-param.pipe';
import { GetOutcomeMessageQuery } from '../queries/get-outcome-message/get-outcome-message.query';
import { ListOutcomeMessagesQuery } from '../queries/list-outcome-messages/list-outcome-messages.query';
import { ListOutcomeMessagesDto } from './list-outcome-messages.dto';
import { OutcomeMessageSummaryView, OutcomeMessageView } from './outcome-message.view';
import { AllowRoles, Audited, TEAM_ROLES } from '@rehab/platform';

@ApiTags('outcome-messages')
@Controller('outcome-messages')
export class OutcomeMessagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @AllowRoles(...TEAM_ROLES)
  @Audited({ action: 'list-gp-outcome-messages', purpose: 'telling the GP the outcome' })
  @ApiOperation({
    summary:
      'Messages to GPs (outcome messages, or GP-certificate requests), newest first, with their delivery progress',
  })
  @ApiOkResponse({ type: OutcomeMessageSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'A query parameter is malformed or unknown' })
  async list(@Query() query: ListOutcomeMessagesDto): Promise<OutcomeMessageSummaryView[]> {
    return this.queries.execute(
      new ListOutcomeMessagesQuery({
        caseId: query.caseId,
        status: query.status,
        purpose: query.purpose ?? 'outcome',
        limit: query.limit ?? 50,
      }),
    );
  }

  @Get(':id')
  @AllowRoles('coordinating-caseworker', 'chair', 'decision-maker')
  @Audited({ action: 'read-gp-outcome-message', caseIdField: 'caseId', purpose: 'telling the GP the outcome' })
  @ApiOperation({ summary: 'One outcome message with the MedCom bundle delivered and the acknowledgement received' })
  @ApiOkResponse({ type: OutcomeMessageView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No outcome message with that id' })
  async get(@Param('id', uuidParam('id')) id: string): Promise<OutcomeMessageView> {
    return this.queries.execute(new GetOutcomeMessageQuery(id));
  }

  @Post(':id/follow-ups')
  @AllowRoles('coordinating-caseworker')
  @Audited({ action: 'send-gp-follow-up', caseIdField: 'caseId', purpose: 'telling the GP the outcome' })
  @ApiOperation({
    summary:
      'Correct or retract a message sent to the GP (in its thread), or forward it to another organisation (a new thread)',
  })
  @ApiCreatedResponse({
    description: 'The follow-up message queued (or, for a repeated requestId, the one queued before)',
  })
  @ApiBadRequestResponse({ description: 'The id is not a UUID, or the body is malformed' })
  @ApiNotFoundResponse({ description: 'No message with that id' })
  @ApiUnprocessableEntityResponse({
    description: 'The message cannot be followed up, or the forward recipient is unknown',
  })
  async followUp(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: FollowUpMessageDto,
  ): Promise<QueueFollowUpMessageResult> {
    return this.commands.execute(
      new QueueFollowUpMessageCommand(
        id,
        body.activity,
        body.text,
        body.requestId ?? randomUUID(),
        body.forwardToSorCode ?? null,
      ),
    );
  }
}
