import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  StreamableFile,
} from '@nestjs/common';
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
import { ExtendResourceProgrammeCommand } from '../commands/extend-resource-programme/extend-resource-programme.command';
import { RecordActivityStartedCommand } from '../commands/record-activity-started/record-activity-started.command';
import { ReferCaseCommand } from '../commands/refer-case/refer-case.command';
import { SubmitPreparatoryPartCommand } from '../commands/submit-preparatory-part/submit-preparatory-part.command';
import { GetCaseQuery } from '../queries/get-case/get-case.query';
import { GetPreparatoryAttachmentQuery } from '../queries/get-preparatory-attachment/get-preparatory-attachment.query';
import { ListPreparatoryPartVersionsQuery } from '../queries/list-preparatory-part-versions/list-preparatory-part-versions.query';
import { CaseView, ExtensionView, PreparatoryPartView, toPreparatoryPartView } from './case.view';
import { ExtendResourceProgrammeDto } from './extend-resource-programme.dto';
import { PreparatoryPartVersionView } from './preparatory-part-version.view';
import { RecordActivityStartedDto } from './record-activity-started.dto';
import { ReferCaseDto, ReferCaseResponseDto } from './refer-case.dto';
import { SubmitPreparatoryPartDto } from './submit-preparatory-part.dto';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @AllowRoles('coordinating-caseworker')
  @ApiOperation({ summary: 'Refer a citizen’s case to the rehabilitation team' })
  @ApiCreatedResponse({ type: ReferCaseResponseDto })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiUnprocessableEntityResponse({
    description: 'The case may not go before the team, e.g. vocational rehabilitation',
  })
  @Audited({ action: 'refer-case', caseIdField: 'caseId', purpose: 'referral to the rehabilitation team' })
  async refer(@Body() body: ReferCaseDto): Promise<ReferCaseResponseDto> {
    return this.commands.execute(
      new ReferCaseCommand(
        body.municipality,
        body.cpr,
        body.caseType,
        body.coordinatingCaseworkerId,
        {
          sorCode: body.generalPractitioner.sorCode,
          name: body.generalPractitioner.name,
        },
        body.hasVocationalQualification ?? false,
      ),
    );
  }

  @Get(':caseId')
  @AllowRoles('coordinating-caseworker', 'member-job-centre', 'chair', 'decision-maker')
  @ApiOperation({ summary: 'A referred case, its preparatory part and its decision' })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  @Audited({ action: 'read-case', caseIdParam: 'caseId', purpose: 'case work' })
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<CaseView> {
    return this.queries.execute(new GetCaseQuery(caseId));
  }

  @Put(':caseId/preparatory-part')
  @AllowRoles('coordinating-caseworker')
  @Audited({ action: 'submit-preparatory-part', caseIdParam: 'caseId', purpose: 'case work' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the preparatory part of the plan; each submission is a new version' })
  @ApiOkResponse({ type: PreparatoryPartView })
  @ApiConflictResponse({ description: 'The case is decided, or was changed concurrently' })
  @ApiUnprocessableEntityResponse({ description: 'An attachment is not the PDF, PNG or JPEG it claims, or too large' })
  async submitPreparatoryPart(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: SubmitPreparatoryPartDto,
  ): Promise<PreparatoryPartView> {
    const { submittedBy, attachments = [], ...sections } = body;
    const part = await this.commands.execute(
      new SubmitPreparatoryPartCommand(
        caseId,
        sections,
        submittedBy,
        attachments.map((attachment) => ({
          title: attachment.title,
          mediaType: attachment.mediaType,
          content: Buffer.from(attachment.contentBase64, 'base64'),
        })),
      ),
    );
    return toPreparatoryPartView(part);
  }

  @Get(':caseId/preparatory-part/versions')
  @AllowRoles('coordinating-caseworker', 'member-job-centre', 'chair', 'decision-maker')
  @Audited({ action: 'read-preparatory-part', caseIdParam: 'caseId', purpose: 'case work' })
  @ApiOperation({ summary: 'Every submitted version of the preparatory part, oldest first' })
  @ApiOkResponse({ type: [PreparatoryPartVersionView] })
  @ApiNotFoundResponse()
  async preparatoryPartVersions(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<PreparatoryPartVersionView[]> {
    return this.queries.execute(new ListPreparatoryPartVersionsQuery(caseId));
  }

  @Get(':caseId/preparatory-part/attachments/:attachmentId')
  @AllowRoles('coordinating-caseworker', 'member-job-centre', 'chair', 'decision-maker')
  @Audited({ action: 'read-preparatory-part-attachment', caseIdParam: 'caseId', purpose: 'case work' })
  @Header('Content-Disposition', 'attachment')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The content of one attachment to the preparatory part' })
  @ApiOkResponse({ description: 'The file, with its media type' })
  @ApiNotFoundResponse()
  async preparatoryPartAttachment(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
  ): Promise<StreamableFile> {
    const attachment = await this.queries.execute(new GetPreparatoryAttachmentQuery(caseId, attachmentId));
    return new StreamableFile(attachment.content, { type: attachment.mediaType, length: attachment.content.length });
  }

  @Post(':caseId/extensions')
  @AllowRoles('coordinating-caseworker')
  @Audited({ action: 'extend-case', caseIdParam: 'caseId', purpose: 'case work' })
  @ApiOperation({
    summary: 'Extend a decided resource programme without a new meeting',
    description: 'Only when nothing new has happened; the reason and the decision maker are recorded and announced.',
  })
  @ApiCreatedResponse({ type: ExtensionView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({
    description: 'The case is not a decided resource programme, something new has happened, or the reason is empty',
  })
  async extend(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: ExtendResourceProgrammeDto,
  ): Promise<ExtensionView> {
    const extension = await this.commands.execute(
      new ExtendResourceProgrammeCommand(
        caseId,
        body.nothingNew,
        body.reason,
        body.decisionMakerId,
        body.extendedUntil ?? null,
        body.recordedBy,
      ),
    );
    return { ...extension, recordedAt: extension.recordedAt.toISOString() };
  }

  @Post(':caseId/activity-started')
  @AllowRoles('coordinating-caseworker')
  @Audited({ action: 'record-activity-started', caseIdParam: 'caseId', purpose: 'case work' })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that the first activity of a decided resource programme started',
    description: 'A resource programme with no activity 6 months after its decision goes back to the team.',
  })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The first activity is already recorded' })
  @ApiUnprocessableEntityResponse({ description: 'Not a decided resource programme, or a start in the future' })
  async activityStarted(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordActivityStartedDto,
  ): Promise<CaseView> {
    await this.commands.execute(new RecordActivityStartedCommand(caseId, new Date(body.startedAt), body.recordedBy));
    return this.queries.execute(new GetCaseQuery(caseId));
  }
}
