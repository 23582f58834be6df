import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { type EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import type { GpCertificateRequest } from '../domain/gp-certificate-request.aggregate';
import { GpCertificateEventsPublisher } from '../messaging/gp-certificate-events.publisher';
import { GpCertificateRequestEntity } from './gp-certificate-request.entity';
import { GpCertificateRequestMapper } from './gp-certificate-request.mapper';

@Injectable()
export class GpCertificateRequestRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: GpCertificateEventsPublisher,
  ) {}

  async findByCase(caseId: string): Promise<GpCertificateRequest | null> {
    const entity = await this.manager().findOneBy(GpCertificateRequestEntity, { caseId });
    return entity ? GpCertificateRequestMapper.toDomain(entity) : null;
  }

  /** Cases whose GP has not answered by the deadline and that have not been announced yet. */
  async findCasesOverdue(now: Date, limit: number): Promise<string[]> {
    const entities = await this.manager().find(GpCertificateRequestEntity, {
      select: { caseId: true },
      where: { status: 'requested', answerDeadline: LessThanOrEqual(now), overdueAnnouncedAt: IsNull() },
      order: { answerDeadline: 'ASC' },
      take: limit,
    });
    return entities.map((entity) => entity.caseId);
  }

  /** Saves the request and its events in one transaction; the version column refuses a lost update. */
  async save(request: GpCertificateRequest): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = request.pullEvents();
      const entity = GpCertificateRequestMapper.toEntity(request);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        const existing = await manager.findOneBy(GpCertificateRequestEntity, { caseId: entity.caseId });
        if (existing)
          throw DomainError.conflict('The GP certificate was requested by someone else meanwhile; reload it.');
        await manager.insert(GpCertificateRequestEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(GpCertificateRequestEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The GP certificate record was changed by someone else; reload it and try again.');
        }
      }
      await this.events.publish(request, events);
    });
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a GP certificate request')
      : this.transactions.dataSource.manager;
  }
}
