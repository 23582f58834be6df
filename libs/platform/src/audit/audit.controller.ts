import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../auth/route-access.decorator';
import { AuditLog } from './audit-log';
import type { AuditRecord } from './audit-record';
import { AuditRecordView } from './audit-record.view';
import { AuditQueryDto } from './audit-query.dto';

const DEFAULT_LIMIT = 100;

/** The service's audit log, per case and per user, for the operator (driftsansvarlig). */
@ApiTags('audit')
@AllowRoles('operator')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'Who read or wrote personal data of the case, newest first' })
  @ApiOkResponse({ type: [AuditRecordView] })
  @ApiBadRequestResponse({ description: 'The case id is not a UUID or the limit is out of range' })
  async forCase(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Query() query: AuditQueryDto,
  ): Promise<AuditRecord[]> {
    return this.audit.forCase(caseId, query.limit ?? DEFAULT_LIMIT);
  }

  @Get('users/:userId')
  @ApiOperation({ summary: 'What personal data one user read or wrote, newest first' })
  @ApiOkResponse({ type: [AuditRecordView] })
  @ApiBadRequestResponse({ description: 'The limit is out of range' })
  async forUser(@Param('userId') userId: string, @Query() query: AuditQueryDto): Promise<AuditRecord[]> {
    return this.audit.forUser(userId, query.limit ?? DEFAULT_LIMIT);
  }
}
