import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OUTCOME_MESSAGE_STATUSES, type OutcomeMessageStatus, type OutgoingPurpose } from '../domain/outcome-message';

export class ListOutcomeMessagesDto {
  @ApiPropertyOptional({ description: 'Only the messages of this case' })
  @IsOptional()
  @IsUUID(undefined, { message: 'caseId must be a UUID' })
  caseId?: string;

  @ApiPropertyOptional({ enum: OUTCOME_MESSAGE_STATUSES })
  @IsOptional()
  @IsIn(OUTCOME_MESSAGE_STATUSES, { message: `status must be one of: ${OUTCOME_MESSAGE_STATUSES.join(', ')}` })
  status?: OutcomeMessageStatus;

  @ApiPropertyOptional({
    enum: ['outcome', 'gp-certificate-request'],
    default: 'outcome',
    description: 'Outcome messages (with their corrections, retractions and forwards), or GP-certificate requests',
  })
  @IsOptional()
  @IsIn(['outcome', 'gp-certificate-request'], { message: 'purpose must be one of: outcome, gp-certificate-request' })
  purpose?: OutgoingPurpose;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(500)
  limit?: number;
}
