import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { RehabilitationCase } from '../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseEventsPublisher } from '../messaging/rehabilitation-case-events.publisher';
import { PreparatoryPartVersionEntity, RehabilitationCaseEntity } from './rehabilitation-case.entity';
import { RehabilitationCaseMapper } from './rehabilitation-case.mapper';

@Injectable()
export class RehabilitationCaseRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: RehabilitationCaseEventsPublisher,
  ) {}

  async find(caseId: string, municipality?: string): Promise<RehabilitationCase | null> {
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a case')
      : this.transactions.dataSource.manager;
    const entity = await manager.findOneBy(RehabilitationCaseEntity, {
      id: caseId,
      ...(municipality ? { municipality } : {}),
    });
    return entity ? RehabilitationCaseMapper.toDomain(entity) : null;
  }

  async get(caseId: string, municipality?: string): Promise<RehabilitationCase> {
    const found = await this.find(caseId, municipality);
    if (!found) throw DomainError.notFound('No such case at the job centre.');
    return found;
  }

  /**
   * Saves the case, its new preparatory-part versions and its events in one transaction. The
   * version column makes a concurrent change fail instead of overwriting.
   */
  async save(rehabilitationCase: RehabilitationCase): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = rehabilitationCase.pullEvents();
      const entity = RehabilitationCaseMapper.toEntity(rehabilitationCase);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(RehabilitationCaseEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(RehabilitationCaseEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The case was changed by someone else; reload it and try again.');
        }
      }
      for (const event of events) {
        if (event.kind === 'preparatory-part-submitted') {
          await manager.insert(PreparatoryPartVersionEntity, {
            caseId: entity.id,
            version: event.part.version,
            sections: { ...event.part.sections },
            submittedBy: event.part.submittedBy,
            submittedAt: event.part.submittedAt,
          });
        }
      }
      await this.events.publish(rehabilitationCase, events);
    });
  }
}
