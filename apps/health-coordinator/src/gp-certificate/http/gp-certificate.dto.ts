import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RequestGpCertificateDto {
  @ApiProperty({ example: 'hc-42', description: 'Staff id of who requests the certificate' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(100)
  requestedBy!: string;
}

export class RecordGpCertificateReceivedDto {
  @ApiProperty({
    example: 'doc-2026-118',
    description: 'Where the certificate is kept, e.g. its document id in the case file',
    maxLength: 200,
  })
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(200)
  documentReference!: string;

  @ApiPropertyOptional({ description: 'When the certificate arrived (ISO 8601 with offset); now when left out' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO 8601 date and time' })
  receivedAt?: string;

  @ApiProperty({ example: 'hc-42', description: 'Staff id of who records the receipt' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be empty' })
  @MaxLength(100)
  recordedBy!: string;
}
