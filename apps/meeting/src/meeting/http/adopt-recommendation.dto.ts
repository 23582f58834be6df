import { ApiProperty } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '@rehab/contracts';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** The team's joint recommendation (indstilling): exactly one outcome, and the reasons. */
export class AdoptRecommendationDto {
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES })
  @IsIn(RECOMMENDATION_OUTCOMES, { message: `outcome must be one of: ${RECOMMENDATION_OUTCOMES.join(', ')}` })
  outcome!: RecommendationOutcome;

  @ApiProperty({ description: 'The recommendation as the team wrote it, drawing on every contribution' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be blank' })
  @MaxLength(20_000)
  text!: string;

  @ApiProperty({ example: 'chair-3', description: 'Staff id of who adopted it for the team, usually the chair' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  adoptedBy!: string;
}
