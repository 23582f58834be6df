import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** One row per case whose GP certificate (LÆ 265) was requested. */
@Entity({ name: 'gp_certificate_request' })
@Unique('gp_certificate_request_case_uq', ['caseId'])
export class GpCertificateRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'answer_deadline', type: 'timestamptz' })
  answerDeadline!: Date;

  @Column({ name: 'document_reference', type: 'text', nullable: true })
  documentReference!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ name: 'received_recorded_by', type: 'text', nullable: true })
  receivedRecordedBy!: string | null;

  @Column({ name: 'overdue_announced_at', type: 'timestamptz', nullable: true })
  overdueAnnouncedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
