import { ApiProperty } from '@nestjs/swagger';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '@rehab/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

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

  @ApiProperty({ description: 'Whether the decision was taken at the meeting itself' })
  @IsBoolean()
  decidedAtMeeting!: boolean;
}
