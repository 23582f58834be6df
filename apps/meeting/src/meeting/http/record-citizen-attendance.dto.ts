import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** Whether the citizen (borger) takes part in their case, and who supports them (bisidder). */
export class RecordCitizenAttendanceDto {
  @ApiProperty()
  @IsBoolean()
  present!: boolean;

  @ApiPropertyOptional({ description: 'Why the case is handled without the citizen; required when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  absenceReason?: string;

  @ApiPropertyOptional({ description: 'The supporter (bisidder) who came with the citizen, by name or role' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  supporter?: string;
}
