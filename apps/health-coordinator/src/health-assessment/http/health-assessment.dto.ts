import { ApiPropertyOptional } from '@nestjs/swagger';
import { ContributionSection } from '@rehab/department-contributions';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MEDICAL_ASSESSORS, type MedicalAssessor } from '../domain/medical-assessor';

/** The health coordinator's (sundhedskoordinator) assessment. Health data. */
export class HealthAssessmentDto {
  @ContributionSection('The health assessment: is health adequately documented, and what does it show')
  assessment!: string;

  @ContributionSection('What the health situation means for work')
  workImplications!: string;

  @ContributionSection('Treatment options and what they may change')
  treatmentOptions!: string;

  @ApiPropertyOptional({
    enum: MEDICAL_ASSESSORS,
    description: 'Who made the assessment; the health coordinator when left out',
  })
  @IsOptional()
  @IsIn(MEDICAL_ASSESSORS, { message: `assessedBy must be one of: ${MEDICAL_ASSESSORS.join(', ')}` })
  assessedBy?: MedicalAssessor;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Required when assessedBy is other-medical-consultant: the special reason for not using the health coordinator',
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(2000)
  otherConsultantReason?: string;
}
