import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Dossier, DossierStatus } from '../domain/dossier.aggregate';
import { DossierEventsPublisher } from '../messaging/dossier-events.publisher';
import { ContributionVersionEntity, DossierEntity } from './dossier.entity';
import { DossierMapper } from './dossier.mapper';

@Injectable()
export class DossierRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: DossierEventsPublisher,
  ) {}

  async find(caseId: string): Promise<Dossier | null> {
    const manager = this.manager();
    const entity = await manager.findOneBy(DossierEntity, { caseId });
    if (!entity) return null;
    const versions = await manager.findBy(ContributionVersionEntity, { caseId });
    return DossierMapper.toDomain(entity, versions);
  }

  async get(caseId: string): Promise<Dossier> {
    const found = await this.find(caseId);
    if (!found) throw DomainError.notFound('No dossier for that case at the meeting service.');
    return found;
  }

  /** A municipality's dossiers, most recently referred first; those awaiting referral last. */
  async listByMunicipality(municipality: string, status?: DossierStatus): Promise<Dossier[]> {
    const manager = this.manager();
    const where: FindOptionsWhere<DossierEntity> = { municipality, ...(status ? { status } : {}) };
    const entities = await manager.find(DossierEntity, {
      where,
      order: { referredAt: { direction: 'DESC', nulls: 'LAST' }, caseId: 'ASC' },
    });
    if (entities.length === 0) return [];
    const versions = await manager.findBy(ContributionVersionEntity, { caseId: In(entities.map((entity) => entity.caseId)) });
    return entities.map((entity) =>
      DossierMapper.toDomain(
        entity,
        versions.filter((version) => version.caseId === entity.caseId),
      ),
    );
  }

  /**
   * Saves the dossier, its new contribution versions and its events in one transaction. The
   * version column makes two contributions handled at once conflict instead of each missing
   * the other; the consumer then retries and sees both.
   */
  async save(dossier: Dossier): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = dossier.pullEvents();
      const entity = DossierMapper.toEntity(dossier);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(DossierEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(DossierEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('case_id = :caseId AND version = :version', { caseId: entity.caseId, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The dossier was changed at the same time; try again.');
        }
      }
      const receivedAt = new Date();
      for (const event of events) {
        if (event.kind === 'contribution-recorded') {
          await manager.insert(
            ContributionVersionEntity,
            DossierMapper.toVersionEntity(entity.caseId, event.contribution, receivedAt),
          );
        }
      }
      await this.events.publish(dossier, events);
    });
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a dossier')
      : this.transactions.dataSource.manager;
  }
}
