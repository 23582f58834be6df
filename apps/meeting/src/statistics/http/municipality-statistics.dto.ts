import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class MunicipalityStatisticsDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality!: string;
}
