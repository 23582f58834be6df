import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { EntityManager } from 'typeorm';
import {
  requireContributionTask,
  type ContributionTask,
  type ContributionTaskStatus,
} from '../domain/contribution-task.aggregate';
import { ContributionEventsPublisher } from '../messaging/contribution-events.publisher';
import { ContributionTaskEntity, ContributionVersionEntity } from './contribution-task.entity';
import { ContributionTaskMapper } from './contribution-task.mapper';

/** A line in the department's work queue. */
export interface ContributionTaskSummary {
  taskId: string;
  caseId: string;
  personId: string;
  municipality: string;
  caseType: string;
  status: ContributionTaskStatus;
  openedAt: Date;
  latestVersion: number;
  hasDraft: boolean;
}

@Injectable()
export class ContributionTaskRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: ContributionEventsPublisher,
  ) {}

  async findByCase(caseId: string): Promise<ContributionTask | null> {
    const manager = this.manager();
    const entity = await manager.findOneBy(ContributionTaskEntity, { caseId });
    if (!entity) return null;
    const versions = await manager.find(ContributionVersionEntity, {
      where: { taskId: entity.id },
      order: { version: 'ASC' },
    });
    return ContributionTaskMapper.toDomain(entity, versions);
  }

  async getByCase(caseId: string): Promise<ContributionTask> {
    return requireContributionTask(await this.findByCase(caseId));
  }

  /** The oldest tasks first: that is the order a department works through its queue. */
  async listTasks(filter: { municipality: string; status?: ContributionTaskStatus }): Promise<ContributionTaskSummary[]> {
    const entities = await this.manager().find(ContributionTaskEntity, {
      where: { municipality: filter.municipality, ...(filter.status ? { status: filter.status } : {}) },
      order: { openedAt: 'ASC' },
    });
    return entities.map((entity) => ({
      taskId: entity.id,
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      caseType: entity.caseType,
      status: entity.status as ContributionTaskStatus,
      openedAt: entity.openedAt,
      latestVersion: entity.latestVersion,
      hasDraft: entity.draft !== null,
    }));
  }

  /**
   * Saves the task, its new versions and its events in one transaction. The version column
   * makes a concurrent change fail instead of overwriting.
   */
  async save(task: ContributionTask): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = task.pullEvents();
      const entity = ContributionTaskMapper.toEntity(task);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(ContributionTaskEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(ContributionTaskEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The contribution was changed by someone else; reload it and try again.');
        }
      }
      for (const event of events) {
        if (event.kind === 'submitted') {
          await manager.insert(ContributionVersionEntity, ContributionTaskMapper.versionToEntity(entity.id, event.submission));
        }
      }
      await this.events.publish(task, events);
    });
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a contribution task')
      : this.transactions.dataSource.manager;
  }
}
