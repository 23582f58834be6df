import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The first activity of a decided resource programme has started. */
export class RecordActivityStartedDto {
  @ApiProperty({ example: '2026-12-01T08:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'startedAt must be an ISO 8601 date and time' })
  startedAt!: string;

  @ApiProperty({ example: 'cw-17' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  recordedBy!: string;
}
