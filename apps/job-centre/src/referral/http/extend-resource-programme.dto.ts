import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Extending a resource programme without a new meeting (forlængelse uden nyt møde). */
export class ExtendResourceProgrammeDto {
  @ApiProperty({
    description: 'Confirms that nothing new has happened in the case; only then may the team be skipped',
    example: true,
  })
  @IsBoolean()
  nothingNew!: boolean;

  @ApiProperty({
    example: 'Nothing new: the programme runs as planned, the citizen needs more time in the internship.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ example: 'dm-3', description: 'The staff id of the decision maker who decided the extension' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decisionMakerId!: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'The new end date of the programme' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'extendedUntil must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'extendedUntil must be a date (YYYY-MM-DD)' })
  extendedUntil?: string;

  @ApiProperty({ example: 'cw-17', description: 'Who records the extension' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  recordedBy!: string;
}
