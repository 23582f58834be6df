import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class PlaceCaseOnAgendaDto {
  @ApiProperty({ description: 'The case to put on the agenda; its dossier must be complete' })
  @IsUUID()
  caseId!: string;
}
