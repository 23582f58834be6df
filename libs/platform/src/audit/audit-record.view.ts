import { ApiProperty } from '@nestjs/swagger';

class AuditActorView {
  @ApiProperty({ enum: ['user', 'service'] }) kind!: 'user' | 'service';
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) role!: string | null;
}

export class AuditRecordView {
  @ApiProperty() id!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty() service!: string;
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiProperty({ example: 'read-dossier' }) action!: string;
  @ApiProperty({ enum: ['read', 'write'] }) access!: 'read' | 'write';
  @ApiProperty({ nullable: true, type: String }) caseId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the access happened' }) purpose!: string | null;
  @ApiProperty() correlationId!: string;
}
