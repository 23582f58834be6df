import type { CaseType } from '@rehab/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the adapter remembers of a referral (CaseReferred): whose case it is and who their GP is. */
@Entity({ name: 'referred_case' })
export class ReferredCaseEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** Pseudonymous person id; the CPR number is fetched from the job centre only to send. */
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'gp_sor_code', type: 'text' })
  gpSorCode!: string;

  @Column({ name: 'gp_name', type: 'text' })
  gpName!: string;

  /** Null for a referral remembered before the case type was kept. */
  @Column({ name: 'case_type', type: 'text', nullable: true })
  caseType!: CaseType | null;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', insert: false, update: false })
  recordedAt!: Date;
}
