import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PROCEEDING_STEPS, type ProceedingStepKind } from '../domain/order-of-business';

/** One step of the order of business: opened; per case presentation, dialogue, conclusion, citizen-questions. */
export class RecordProceedingStepDto {
  @ApiProperty({ enum: PROCEEDING_STEPS })
  @IsIn(PROCEEDING_STEPS, { message: `step must be one of: ${PROCEEDING_STEPS.join(', ')}` })
  step!: ProceedingStepKind;

  @ApiPropertyOptional({ description: 'The case the step concerns; left out for the opening' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;

  @ApiProperty({ example: 'minute-taker-1', description: 'Staff id of who records the step, e.g. the minute-taker' })
  @IsString()
  @Matches(/\S/, { message: 'recordedBy must not be blank' })
  @MaxLength(100)
  recordedBy!: string;
}
