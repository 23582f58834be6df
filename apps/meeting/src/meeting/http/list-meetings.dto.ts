import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListMeetingsDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiPropertyOptional({
    example: '2026-11-01T00:00:00Z',
    description: 'Only meetings starting at or after this moment',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a valid ISO 8601 date and time' })
  from?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200)
  limit?: number;
}
