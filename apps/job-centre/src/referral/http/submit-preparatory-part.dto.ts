import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ATTACHMENT_MEDIA_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_VERSION,
} from '../domain/preparatory-attachment';

const text = () => [IsString(), IsNotEmpty(), MaxLength(20_000)];
function Section(description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description })(target, key);
    for (const decorator of text()) decorator(target, key);
  };
}

/** A file that goes with this version, e.g. a scanned earlier statement. */
export class PreparatoryAttachmentDto {
  @ApiProperty({ example: 'Udtalelse fra praktiksted' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPES })
  @IsIn(ATTACHMENT_MEDIA_TYPES, { message: `mediaType must be one of: ${ATTACHMENT_MEDIA_TYPES.join(', ')}` })
  mediaType!: string;

  @ApiProperty({ description: `The file, base64-encoded; at most ${MAX_ATTACHMENT_BYTES / 1024} KB once decoded` })
  @IsBase64({}, { message: 'contentBase64 must be base64-encoded' })
  @MaxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, {
    message: `contentBase64 must be at most ${MAX_ATTACHMENT_BYTES / 1024} KB once decoded`,
  })
  contentBase64!: string;
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

  @ApiPropertyOptional({
    type: [PreparatoryAttachmentDto],
    description: `PDF, PNG or JPEG files for this version, at most ${MAX_ATTACHMENTS_PER_VERSION}. A new version carries only the files sent with it.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTACHMENTS_PER_VERSION)
  @ValidateNested({ each: true })
  @Type(() => PreparatoryAttachmentDto)
  attachments?: PreparatoryAttachmentDto[];
}
