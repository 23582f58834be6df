import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const text = () => [IsString(), IsNotEmpty(), MaxLength(20_000)];
function Section(description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description })(target, key);
    for (const decorator of text()) decorator(target, key);
  };
}

/** The preparatory part of the plan (forberedende del), written with the citizen. */
export class SubmitPreparatoryPartDto {
  @Section('Education and job goals') educationAndJobGoals!: string;
  @Section('Work experience and CV') workExperience!: string;
  @Section('Personal resources and network') resourcesAndNetwork!: string;
  @Section('Employment, social and health challenges') challenges!: string;
  @Section('The health situation and what it means for work') healthSituation!: string;
  @Section('History of income support and of earlier efforts') incomeSupportHistory!: string;
  @Section("The GP's assessment") gpAssessment!: string;

  @ApiProperty({ example: 'cw-17' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  submittedBy!: string;
}
