import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PLAN_ITEM_STATUSES, type PlanItemStatus } from '../domain/department-plan.aggregate';

export class ListPlanItemsDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiPropertyOptional({ enum: PLAN_ITEM_STATUSES, description: 'Every status when left out' })
  @IsOptional()
  @IsIn(PLAN_ITEM_STATUSES, { message: `status must be one of: ${PLAN_ITEM_STATUSES.join(', ')}` })
  status?: PlanItemStatus;
}
