import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'dossier' })
@Index('dossier_municipality_status_idx', ['municipality', 'status'])
export class DossierEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'case_type', type: 'text', nullable: true })
  caseType!: string | null;

  @Column({ name: 'required_departments', type: 'jsonb' })
  requiredDepartments!: string[];

  @Column({ name: 'required_members', type: 'jsonb', nullable: true })
  requiredMembers!: string[] | null;

  @Column({ name: 'referred_at', type: 'timestamptz', nullable: true })
  referredAt!: Date | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'gp_certificate_request_id', type: 'uuid', nullable: true })
  gpCertificateRequestId!: string | null;

  @Column({ name: 'gp_certificate_requested_at', type: 'timestamptz', nullable: true })
  gpCertificateRequestedAt!: Date | null;

  @Column({ name: 'gp_certificate_answer_deadline', type: 'timestamptz', nullable: true })
  gpCertificateAnswerDeadline!: Date | null;

  @Column({ name: 'gp_certificate_received_at', type: 'timestamptz', nullable: true })
  gpCertificateReceivedAt!: Date | null;

  /** Where the health coordinator keeps the certificate; the certificate itself never comes here. */
  @Column({ name: 'gp_certificate_document_reference', type: 'text', nullable: true })
  gpCertificateDocumentReference!: string | null;

  @Column({ name: 'gp_certificate_absence_reason', type: 'text', nullable: true })
  gpCertificateAbsenceReason!: string | null;

  @Column({ name: 'gp_certificate_absence_recorded_by', type: 'text', nullable: true })
  gpCertificateAbsenceRecordedBy!: string | null;

  @Column({ name: 'gp_certificate_absence_recorded_at', type: 'timestamptz', nullable: true })
  gpCertificateAbsenceRecordedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}

/** Every version of every contribution is kept; none is ever updated. */
@Entity({ name: 'contribution_version' })
export class ContributionVersionEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  department!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** json, not jsonb: it keeps the headings in the order the department wrote them. */
  @Column({ type: 'json' })
  content!: Record<string, string>;

  /** When the meeting service received it, which may be before the referral. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
