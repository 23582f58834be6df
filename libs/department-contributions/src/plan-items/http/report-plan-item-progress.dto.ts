import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PLAN_ITEM_STATUSES, type PlanItemStatus } from '../domain/department-plan.aggregate';

export class ReportPlanItemProgressDto {
  @ApiProperty({
    enum: PLAN_ITEM_STATUSES,
    description: 'A completed or stopped item cannot go back to an earlier status',
  })
  @IsIn(PLAN_ITEM_STATUSES, { message: `status must be one of: ${PLAN_ITEM_STATUSES.join(', ')}` })
  status!: PlanItemStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'How it is going, in a few words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({ example: 'sp-4', description: 'Staff id of who reports the progress' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(100)
  reportedBy!: string;
}
