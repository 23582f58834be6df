import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The mapping from a CPR number to the pseudonymous person id used everywhere else. */
@Entity({ name: 'person' })
@Index('person_cpr_lookup_uq', ['cprLookupHash'], { unique: true })
export class PersonEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'cpr_lookup_hash', type: 'text' })
  cprLookupHash!: string;

  @Column({ name: 'cpr_sealed', type: 'text' })
  cprSealed!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
