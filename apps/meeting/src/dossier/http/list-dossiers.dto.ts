import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DOSSIER_STATUSES, type DossierStatus } from '../domain/dossier.aggregate';

export class ListDossiersDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;

  @ApiPropertyOptional({ enum: DOSSIER_STATUSES, description: 'Only dossiers in this state; all when left out' })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES, { message: `status must be one of: ${DOSSIER_STATUSES.join(', ')}` })
  status?: DossierStatus;
}
