import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OUTCOME_MESSAGE_STATUSES, type OutcomeMessageStatus } from '../domain/outcome-message';

export class ListOutcomeMessagesDto {
  @ApiPropertyOptional({ description: 'Only the messages of this case' })
  @IsOptional()
  @IsUUID(undefined, { message: 'caseId must be a UUID' })
  caseId?: string;

  @ApiPropertyOptional({ enum: OUTCOME_MESSAGE_STATUSES })
  @IsOptional()
  @IsIn(OUTCOME_MESSAGE_STATUSES, { message: `status must be one of: ${OUTCOME_MESSAGE_STATUSES.join(', ')}` })
  status?: OutcomeMessageStatus;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(500)
  limit?: number;
}
