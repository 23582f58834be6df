import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES } from '@rehab/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { VOCATIONAL_REHABILITATION } from '../domain/rehabilitation-case.aggregate';

export class GeneralPractitionerDto {
  @ApiProperty({ example: '123456789012', description: 'SOR code of the GP clinic' })
  @Matches(/^\d{6,18}$/, { message: 'sorCode must be a SOR code of 6 to 18 digits' })
  sorCode!: string;

  @ApiProperty({ example: 'Lægerne på Nørrebro' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class ReferCaseDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiProperty({ example: '010190-1234', description: "The citizen's CPR number. It is kept at the job centre only." })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'cpr must be ten digits, optionally written DDMMYY-SSSS' })
  cpr!: string;

  @ApiProperty({
    enum: [...CASE_TYPES, VOCATIONAL_REHABILITATION],
    description: 'Vocational rehabilitation is accepted here only to be refused with its reason.',
  })
  @IsIn([...CASE_TYPES, VOCATIONAL_REHABILITATION], {
    message: `caseType must be one of: ${CASE_TYPES.join(', ')}`,
  })
  caseType!: string;

  @ApiProperty({ example: 'cw-17' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  coordinatingCaseworkerId!: string;

  @ApiProperty({ type: GeneralPractitionerDto })
  @ValidateNested()
  @Type(() => GeneralPractitionerDto)
  generalPractitioner!: GeneralPractitionerDto;

  @ApiPropertyOptional({
    default: false,
    description:
      'Whether the citizen has a vocational qualification (erhvervskompetencegivende uddannelse). A citizen under 30 ' +
      'without one needs the education member on the team. Left out, it counts as "no qualification": the ' +
      'education member is then included for a citizen under 30, because a member too many costs one seat, ' +
      'while a missing required member costs the meeting its quorum.',
  })
  @IsOptional()
  @IsBoolean()
  hasVocationalQualification?: boolean;
}

export class ReferCaseResponseDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
}
