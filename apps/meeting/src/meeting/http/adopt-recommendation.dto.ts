import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '@rehab/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The team's joint recommendation (indstilling): exactly one outcome, and the reasons. */
export class AdoptRecommendationDto {
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES })
  @IsIn(RECOMMENDATION_OUTCOMES, { message: `outcome must be one of: ${RECOMMENDATION_OUTCOMES.join(', ')}` })
  outcome!: RecommendationOutcome;

  @ApiProperty({
    description: 'The recommendation as the team wrote it, drawing on every contribution (usually the edited draft)',
  })
  @IsString()
  @Matches(/\S/, { message: 'text must not be blank' })
  @MaxLength(20_000)
  text!: string;

  @ApiProperty({ example: 'chair-3', description: 'Staff id of who adopted it for the team, usually the chair' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  adoptedBy!: string;

  @ApiPropertyOptional({
    description: 'Why the chair lets a meeting without quorum adopt the recommendation; required only then',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  quorumOverrideReason?: string;

  @ApiPropertyOptional({ description: 'Employment factors weighed; required for disability-pension' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  employmentFactors?: string;

  @ApiPropertyOptional({ description: 'Social factors weighed; required for disability-pension' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  socialFactors?: string;

  @ApiPropertyOptional({ description: 'Health factors weighed; required for disability-pension' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  healthFactors?: string;

  @ApiPropertyOptional({
    description: 'Why work capacity is substantially and permanently reduced; required for disability-pension',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  workCapacityReasoning?: string;
}
