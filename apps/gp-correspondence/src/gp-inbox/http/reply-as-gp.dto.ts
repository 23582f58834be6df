import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class GpReplyAuthorDto {
  @ApiProperty({ example: 'Emma' }) @IsString() @IsNotEmpty() @MaxLength(100) givenName!: string;
  @ApiProperty({ example: 'Hansen' }) @IsString() @IsNotEmpty() @MaxLength(100) familyName!: string;
  @ApiProperty({ example: 'Praktiserende læge' }) @IsString() @IsNotEmpty() @MaxLength(100) role!: string;
  @ApiProperty({ example: '44527000' })
  @Matches(/^[+]?[-0-9 ]+$/, { message: 'phone must be a telephone number' })
  phone!: string;
}

export class GpReplyAttachmentDto {
  @ApiProperty({ example: 'Lægeattest til rehabiliteringsteamet' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^(?!.*\.[a-zA-Z0-9]{2,4}$)/, { message: 'title must not end in a file type' })
  title!: string;
  @ApiProperty({ description: 'The PDF, base64' })
  @IsBase64(undefined, { message: 'base64 must be base64' })
  base64!: string;
}

export class ReplyAsGpDto {
  @ApiProperty({ example: 'Tak for orienteringen. Jeg følger op ved næste konsultation.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text!: string;

  @ApiProperty({ type: GpReplyAuthorDto })
  @ValidateNested()
  @Type(() => GpReplyAuthorDto)
  author!: GpReplyAuthorDto;

  @ApiPropertyOptional({ type: GpReplyAttachmentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GpReplyAttachmentDto)
  attachment?: GpReplyAttachmentDto;
}
