import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
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
import { ReferCaseCommand } from '../commands/refer-case/refer-case.command';
import { SubmitPreparatoryPartCommand } from '../commands/submit-preparatory-part/submit-preparatory-part.command';
import { GetCaseQuery } from '../queries/get-case/get-case.query';
import { CaseView, PreparatoryPartView } from './case.view';
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
  @ApiOperation({ summary: 'Refer a citizen’s case to the rehabilitation team' })
  @ApiCreatedResponse({ type: ReferCaseResponseDto })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiUnprocessableEntityResponse({ description: 'The case may not go before the team, e.g. vocational rehabilitation' })
  async refer(@Body() body: ReferCaseDto): Promise<ReferCaseResponseDto> {
    return this.commands.execute(
      new ReferCaseCommand(body.municipality, body.cpr, body.caseType, body.coordinatingCaseworkerId, {
        sorCode: body.generalPractitioner.sorCode,
        name: body.generalPractitioner.name,
      }),
    );
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'A referred case, its preparatory part and its decision' })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<CaseView> {
    return this.queries.execute(new GetCaseQuery(caseId));
  }

  @Put(':caseId/preparatory-part')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the preparatory part of the plan; each submission is a new version' })
  @ApiOkResponse({ type: PreparatoryPartView })
  @ApiConflictResponse({ description: 'The case is decided, or was changed concurrently' })
  async submitPreparatoryPart(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: SubmitPreparatoryPartDto,
  ): Promise<PreparatoryPartView> {
    const { submittedBy, ...sections } = body;
    const part = await this.commands.execute(new SubmitPreparatoryPartCommand(caseId, sections, submittedBy));
    return { ...part, sections: { ...part.sections }, submittedAt: part.submittedAt.toISOString() };
  }
}
