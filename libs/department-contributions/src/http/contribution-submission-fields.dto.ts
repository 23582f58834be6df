import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** What a submission carries besides the department's headings. */
export class ContributionSubmissionFieldsDto {
  @ApiProperty({ example: 'hc-42', description: 'Staff id of who submits the contribution' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(100)
  submittedBy!: string;

  @ApiPropertyOptional({
    description: 'Why an earlier version is changed. Required once a version has been submitted.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(2000)
  reason?: string;
}
