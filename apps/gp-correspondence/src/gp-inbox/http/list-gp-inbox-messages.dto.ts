import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListGpInboxMessagesDto {
  @ApiPropertyOptional({ example: '123456789012', description: 'Only messages to this GP clinic (SOR code)' })
  @IsOptional()
  @Matches(/^\d{6,18}$/, { message: 'recipientSorCode must be a SOR code of 6 to 18 digits' })
  recipientSorCode?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(500)
  limit?: number;
}
