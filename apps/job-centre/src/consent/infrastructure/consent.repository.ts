import { Injectable } from '@nestjs/common';
import type { ConsentParty, ConsentScope } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { IsNull } from 'typeorm';
import type { Consent } from '../domain/consent.aggregate';
import { ConsentEventsPublisher } from '../messaging/consent-events.publisher';
import { ConsentEntity } from './consent.entity';
import { ConsentMapper } from './consent.mapper';

@Injectable()
export class ConsentRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: ConsentEventsPublisher,
  ) {}

  private manager() {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading consents')
      : this.transactions.dataSource.manager;
  }

  async get(caseId: string, consentId: string): Promise<Consent> {
    const entity = await this.manager().findOneBy(ConsentEntity, { id: consentId, caseId });
    if (!entity) throw DomainError.notFound('No such consent on this case.');
    return ConsentMapper.toDomain(entity);
  }

  /** Every consent of the case, withdrawn ones included, in the order they were recorded. */
  async listForCase(caseId: string): Promise<Consent[]> {
    const entities = await this.manager().find(ConsentEntity, {
      where: { caseId },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return entities.map((entity) => ConsentMapper.toDomain(entity));
  }

  async hasActive(caseId: string, scope: ConsentScope, party: ConsentParty): Promise<boolean> {
    return this.manager().existsBy(ConsentEntity, { caseId, scope, party, withdrawnAt: IsNull() });
  }

  /** Saves the consent and its events in one transaction; the version column refuses a concurrent change. */
  async save(consent: Consent): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = consent.pullEvents();
      const entity = ConsentMapper.toEntity(consent);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(ConsentEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(ConsentEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The consent was changed by someone else; reload it and try again.');
        }
      }
      await this.events.publish(consent, events);
    });
  }
}
