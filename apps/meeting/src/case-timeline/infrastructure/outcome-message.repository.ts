import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { EntityManager } from 'typeorm';
import type { OutcomeMessage } from '../domain/outcome-message.aggregate';
import { OutcomeMessageEntity } from './outcome-message.entity';
import { OutcomeMessageMapper } from './outcome-message.mapper';

@Injectable()
export class OutcomeMessageRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async find(messageHeaderId: string): Promise<OutcomeMessage | null> {
    const entity = await this.manager().findOneBy(OutcomeMessageEntity, { messageHeaderId });
    return entity ? OutcomeMessageMapper.toDomain(entity) : null;
  }

  async forCase(caseId: string): Promise<OutcomeMessage[]> {
    const entities = await this.manager().find(OutcomeMessageEntity, {
      where: { caseId },
      order: { sentAt: { direction: 'ASC', nulls: 'LAST' } },
    });
    return entities.map((entity) => OutcomeMessageMapper.toDomain(entity));
  }

  async save(message: OutcomeMessage): Promise<void> {
    await this.transactions.run(async (manager) => {
      const entity = OutcomeMessageMapper.toEntity(message);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(OutcomeMessageEntity, { ...entity, version: 1 });
        return;
      }
      const result = await manager
        .createQueryBuilder()
        .update(OutcomeMessageEntity)
        .set({ ...entity, version: expectedVersion + 1 })
        .where('message_header_id = :id AND version = :version', { id: entity.messageHeaderId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) {
        throw DomainError.conflict('The outcome message record was changed at the same time; try again.');
      }
    });
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading an outcome message')
      : this.transactions.dataSource.manager;
  }
}
