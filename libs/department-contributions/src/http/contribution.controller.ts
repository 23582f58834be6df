import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, type Type } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
  IntersectionType,
  PartialType,
} from '@nestjs/swagger';
import { RequestContexts } from '@rehab/messaging';
import { SaveContributionDraftCommand } from '../commands/save-contribution-draft/save-contribution-draft.command';
import { SubmitContributionCommand } from '../commands/submit-contribution/submit-contribution.command';
import type { DepartmentContribution } from '../department-contribution';
import type { ContributionContent } from '../domain/contribution-task.aggregate';
import { GetContributionQuery } from '../queries/get-contribution/get-contribution.query';
import { ContributionSubmissionFieldsDto } from './contribution-submission-fields.dto';
import {
  ContributionDraftView,
  ContributionVersionView,
  ContributionView,
  toContributionDraftView,
  toContributionVersionView,
} from './contribution.view';

/**
 * The contribution endpoints, built for one department's headings. The body classes are
 * declared here, per department, so the global validation pipe and the OpenAPI document
 * both see the department's own DTO rather than a generic object.
 */
export function contributionControllerFor(contribution: DepartmentContribution): Type<unknown> {
  /** A draft may leave headings out; what it has must still be valid text. */
  class SaveContributionDraftDto extends PartialType(contribution.content) {}

  class SubmitContributionDto extends IntersectionType(contribution.content, ContributionSubmissionFieldsDto) {}

  @ApiTags('contribution')
  @Controller('cases/:caseId/contribution')
  class ContributionController {
    constructor(
      private readonly commands: CommandBus,
      private readonly queries: QueryBus,
    ) {}

    @Get()
    @ApiOperation({ summary: `The ${contribution.name} for a case: its task, its draft and every submitted version` })
    @ApiOkResponse({ type: ContributionView })
    @ApiNotFoundResponse({ description: 'No task for the case; the referral may not have arrived yet' })
    async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<ContributionView> {
      return this.queries.execute(new GetContributionQuery(caseId));
    }

    @Put('draft')
    @HttpCode(200)
    @ApiOperation({
      summary: `Save a draft of the ${contribution.name}; only the department sees it, and it replaces the previous draft`,
    })
    @ApiHeader({ name: 'x-user-id', required: false, description: 'Staff id recorded as who saved the draft' })
    @ApiOkResponse({ type: ContributionDraftView })
    @ApiBadRequestResponse({ description: 'The body names fields that are malformed' })
    @ApiNotFoundResponse({ description: 'No task for the case; the referral may not have arrived yet' })
    @ApiConflictResponse({ description: 'The contribution was changed concurrently' })
    async saveDraft(
      @Param('caseId', new ParseUUIDPipe()) caseId: string,
      @Body() body: SaveContributionDraftDto,
    ): Promise<ContributionDraftView> {
      const savedBy = RequestContexts.current()?.actor.id ?? 'unidentified';
      const draft = await this.commands.execute(new SaveContributionDraftCommand(caseId, contentOf(body), savedBy));
      return toContributionDraftView(draft);
    }

    @Post('submissions')
    @ApiOperation({
      summary: `Submit the ${contribution.name} to the rehabilitation team as a new version; the draft is cleared`,
    })
    @ApiCreatedResponse({ type: ContributionVersionView })
    @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
    @ApiNotFoundResponse({ description: 'No task for the case; the referral may not have arrived yet' })
    @ApiUnprocessableEntityResponse({ description: 'A version exists already and no reason for the change was given' })
    @ApiConflictResponse({ description: 'The contribution was changed concurrently' })
    async submit(
      @Param('caseId', new ParseUUIDPipe()) caseId: string,
      @Body() body: SubmitContributionDto,
    ): Promise<ContributionVersionView> {
      const { submittedBy, reason, ...headings } = body;
      const submission = await this.commands.execute(
        new SubmitContributionCommand(caseId, contentOf(headings), submittedBy, reason ?? null),
      );
      return toContributionVersionView(submission);
    }
  }

  return ContributionController;
}

/**
 * The headings of a validated body. The pipe has already refused unknown fields and
 * non-string values; headings left out of a draft are undefined class fields and are dropped.
 */
function contentOf(body: object): ContributionContent {
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
