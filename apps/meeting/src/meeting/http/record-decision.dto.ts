import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '@rehab/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The municipality's decision (afgørelse), taken by someone with the authority to decide. */
export class RecordDecisionDto {
  @ApiProperty({ enum: RECOMMENDATION_OUTCOMES })
  @IsIn(RECOMMENDATION_OUTCOMES, { message: `outcome must be one of: ${RECOMMENDATION_OUTCOMES.join(', ')}` })
  outcome!: RecommendationOutcome;

  @ApiProperty({ example: 'leader-2', description: 'Staff id of the decision maker' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decidedBy!: string;

  @ApiProperty({
    description:
      'Whether the decision was taken at the meeting itself: only by a decision maker recorded as present, and only ' +
      'for an outcome type the meeting has authority for. Otherwise record it as pending first, then record it here with false.',
  })
  @IsBoolean()
  decidedAtMeeting!: boolean;

  @ApiPropertyOptional({
    description: 'Why the decision goes against the recommendation; required then, and the case goes back to the team',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  deviationReason?: string;
}
