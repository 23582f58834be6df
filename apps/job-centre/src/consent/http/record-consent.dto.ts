import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_PARTIES, CONSENT_SCOPES, CONSENT_SOURCES } from '@rehab/contracts';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The citizen's consent (samtykke) as the caseworker records it. */
export class RecordConsentDto {
  @ApiProperty({ enum: CONSENT_SCOPES, description: 'What may be obtained or shared' })
  @IsIn(CONSENT_SCOPES, { message: `scope must be one of: ${CONSENT_SCOPES.join(', ')}` })
  scope!: string;

  @ApiProperty({ enum: CONSENT_PARTIES, description: 'With whom: who it is obtained from or shared with' })
  @IsIn(CONSENT_PARTIES, { message: `party must be one of: ${CONSENT_PARTIES.join(', ')}` })
  party!: string;

  @ApiProperty({ example: '2026-11-02T10:00:00Z', description: 'When the citizen gave the consent' })
  @IsISO8601({ strict: true }, { message: 'givenAt must be an ISO 8601 date and time' })
  givenAt!: string;

  @ApiProperty({ enum: CONSENT_SOURCES, description: 'How the citizen gave it' })
  @IsIn(CONSENT_SOURCES, { message: `source must be one of: ${CONSENT_SOURCES.join(', ')}` })
  source!: string;

  @ApiPropertyOptional({ example: 'journalnotat 2026-11-02', description: 'Where the consent can be found again' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sourceReference?: string;

  @ApiProperty({ example: 'cw-17', description: 'The caseworker who records it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  recordedBy!: string;
}
