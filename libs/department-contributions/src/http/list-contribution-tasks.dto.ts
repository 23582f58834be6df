import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CONTRIBUTION_TASK_STATUSES, type ContributionTaskStatus } from '../domain/contribution-task.aggregate';

export class ListContributionTasksDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiPropertyOptional({ enum: CONTRIBUTION_TASK_STATUSES, description: 'Every status when left out' })
  @IsOptional()
  @IsIn(CONTRIBUTION_TASK_STATUSES, { message: `status must be one of: ${CONTRIBUTION_TASK_STATUSES.join(', ')}` })
  status?: ContributionTaskStatus;
}
