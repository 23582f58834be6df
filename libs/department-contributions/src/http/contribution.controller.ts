import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, type Type } from '@nestjs/common';
import type { Request } from 'express';
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
import { type AccessRole, AllowRoles, Audited, contributorsOf, principalOf } from '@rehab/platform';

/**
 * The contribution endpoints, built for one department's headings. The body classes are
 * declared here, per department, so the global validation pipe and the OpenAPI document
 * both see the department's own DTO rather than a generic object.
 */
export function contributionControllerFor(contribution: DepartmentContribution): Type<unknown> {
  /** A draft may leave headings out; what it has must still be valid text. */
  class SaveContributionDraftDto extends PartialType(contribution.content) {}

  class SubmitContributionDto extends IntersectionType(contribution.content, ContributionSubmissionFieldsDto) {}

  const contributors: readonly AccessRole[] = contributorsOf(contribution.department);

  @ApiTags('contribution')
  @Controller('cases/:caseId/contribution')
  class ContributionController {
    constructor(
      private readonly commands: CommandBus,
      private readonly queries: QueryBus,
    ) {}

    @Get()
    @AllowRoles(...contributorsOf(contribution.department), 'coordinating-caseworker', 'chair', 'decision-maker')
    @Audited({ action: 'read-contribution', caseIdParam: 'caseId', purpose: 'the department’s contribution' })
    @ApiOperation({ summary: `The ${contribution.name} for a case: its task, its draft and every submitted version` })
    @ApiOkResponse({ type: ContributionView })
    @ApiNotFoundResponse({ description: 'No task for the case; the referral may not have arrived yet' })
    async get(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Req() request: Request): Promise<ContributionView> {
      const view: ContributionView = await this.queries.execute(new GetContributionQuery(caseId));
      // A draft is the department's own until submitted: others see the submitted versions only.
      const ownDepartment = principalOf(request).roles.some((role) => contributors.includes(role));
      return ownDepartment ? view : { ...view, draft: null };
    }

    @Put('draft')
    @AllowRoles(...contributorsOf(contribution.department))
    @Audited({ action: 'save-contribution-draft', caseIdParam: 'caseId', purpose: 'the department’s contribution' })
    @HttpCode(200)
    @ApiOperation({
      summary: `Save a draft of the ${contribution.name}; only the department sees it, and it replaces the previous draft`,
    })
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
    @AllowRoles(...contributorsOf(contribution.department))
    @Audited({ action: 'submit-contribution', caseIdParam: 'caseId', purpose: 'the department’s contribution' })
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
