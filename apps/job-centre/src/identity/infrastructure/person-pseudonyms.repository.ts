import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { CprNumber } from '../domain/cpr-number';
import { CprVault } from './cpr-vault';
import { PersonEntity } from './person.entity';

/** Maps CPR numbers to pseudonymous person ids and back, at the job centre's edge only. */
@Injectable()
export class PersonPseudonymsRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: CprVault,
  ) {}

  /** The person id for this CPR number, created on first sight. */
  async pseudonymFor(cpr: CprNumber): Promise<string> {
    return this.transactions.run(async (manager) => {
      const hash = this.vault.lookupHash(cpr);
      await manager
        .createQueryBuilder()
        .insert()
        .into(PersonEntity)
        .values({ id: randomUUID(), cprLookupHash: hash, cprSealed: this.vault.encrypt(cpr) })
        .orIgnore()
        .execute();
      const person = await manager.findOneByOrFail(PersonEntity, { cprLookupHash: hash });
      return person.id;
    });
  }

  async cprOf(personId: string): Promise<CprNumber> {
    const person = await this.transactions.dataSource.manager.findOneBy(PersonEntity, { id: personId });
    if (!person) throw DomainError.notFound('No person with that id is known to the job centre.');
    return this.vault.decrypt(person.cprSealed);
  }
}
