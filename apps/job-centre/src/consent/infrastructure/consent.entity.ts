import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'consent' })
@Index('consent_case_idx', ['caseId', 'recordedAt'])
export class ConsentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt!: Date;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'source_reference', type: 'text', nullable: true })
  sourceReference!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy!: string | null;

  @Column({ type: 'integer' })
  version!: number;
}
