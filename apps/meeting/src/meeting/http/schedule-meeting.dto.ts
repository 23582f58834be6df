import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** A date and a time with an offset, so nobody has to guess the time zone of a meeting. */
export const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class ScheduleMeetingDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiProperty({ example: '2026-11-12T09:00:00+01:00', description: 'ISO 8601 date and time with an offset' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be a valid ISO 8601 date and time' })
  @Matches(DATE_TIME_WITH_OFFSET, { message: 'startsAt must be a date and time with an offset, e.g. 2026-11-12T09:00:00+01:00' })
  startsAt!: string;

  @ApiProperty({ example: 'chair-3', description: 'Staff id of the chair (mødeleder)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  chairId!: string;

  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: 10, description: 'How many cases the meeting takes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  capacity?: number;

  @ApiPropertyOptional({ default: 45, minimum: 30, maximum: 60, description: 'Minutes per case' })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(60)
  slotMinutes?: number;
}

/** A recurring meeting, e.g. every week at the same time. */
export class ScheduleMeetingSeriesDto extends ScheduleMeetingDto {
  @ApiProperty({ example: 7, minimum: 1, maximum: 28, description: 'Days between meetings' })
  @IsInt()
  @Min(1)
  @Max(28)
  intervalDays!: number;

  @ApiProperty({ example: 12, minimum: 1, maximum: 52, description: 'How many meetings to schedule' })
  @IsInt()
  @Min(1)
  @Max(52)
  occurrences!: number;
}
