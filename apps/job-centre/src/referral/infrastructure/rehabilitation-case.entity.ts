import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  CaseDecision,
  PreparatoryPart,
  RePresentation,
  ResourceProgrammeExtension,
} from '../domain/rehabilitation-case.aggregate';

@Entity({ name: 'rehabilitation_case' })
@Index('rehabilitation_case_municipality_idx', ['municipality', 'referredAt'])
export class RehabilitationCaseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  @Column({ name: 'coordinating_caseworker_id', type: 'text' })
  coordinatingCaseworkerId!: string;

  @Column({ name: 'gp_sor_code', type: 'text' })
  gpSorCode!: string;

  @Column({ name: 'gp_name', type: 'text' })
  gpName!: string;

  @Column({ name: 'required_departments', type: 'jsonb' })
  requiredDepartments!: string[];

  @Column({ name: 'required_members', type: 'jsonb', nullable: true })
  requiredMembers!: string[] | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'preparatory_part', type: 'jsonb', nullable: true })
  preparatoryPart!: (Omit<PreparatoryPart, 'submittedAt'> & { submittedAt: string }) | null;

  @Column({ type: 'jsonb', nullable: true })
  decision!: (Omit<CaseDecision, 'decidedAt'> & { decidedAt: string }) | null;

  @Column({ type: 'jsonb' })
  extensions!: (Omit<ResourceProgrammeExtension, 'recordedAt'> & { recordedAt: string })[];

  @Column({ name: 'activity_started_at', type: 'timestamptz', nullable: true })
  activityStartedAt!: Date | null;

  @Column({ name: 're_presentation', type: 'jsonb', nullable: true })
  rePresentation!: (Omit<RePresentation, 'rePresentedAt'> & { rePresentedAt: string }) | null;

  @Column({ type: 'integer' })
  version!: number;
}

/** Every submitted version of the preparatory part is kept. */
@Entity({ name: 'preparatory_part_version' })
export class PreparatoryPartVersionEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  sections!: Record<string, string>;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}

/** A file that goes with one version of the preparatory part: a PDF, PNG or JPEG. */
@Entity({ name: 'preparatory_part_attachment' })
export class PreparatoryPartAttachmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'bytea' })
  content!: Buffer;
}
