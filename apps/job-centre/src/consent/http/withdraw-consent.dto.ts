import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class WithdrawConsentDto {
  @ApiProperty({ example: 'cw-17', description: 'The caseworker who records the withdrawal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  withdrawnBy!: string;

  @ApiPropertyOptional({
    example: '2026-11-20T09:00:00Z',
    description: 'When the citizen withdrew it; now if left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'withdrawnAt must be an ISO 8601 date and time' })
  withdrawnAt?: string;
}
