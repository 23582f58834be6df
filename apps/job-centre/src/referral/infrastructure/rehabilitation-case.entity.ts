import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseDecision, PreparatoryPart } from '../domain/rehabilitation-case.aggregate';

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

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'preparatory_part', type: 'jsonb', nullable: true })
  preparatoryPart!: (Omit<PreparatoryPart, 'submittedAt'> & { submittedAt: string }) | null;

  @Column({ type: 'jsonb', nullable: true })
  decision!: (Omit<CaseDecision, 'decidedAt'> & { decidedAt: string }) | null;

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
