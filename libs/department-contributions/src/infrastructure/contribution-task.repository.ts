import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { type EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import {
  requireContributionTask,
  type ContributionTask,
  type ContributionTaskStatus,
} from '../domain/contribution-task.aggregate';
import { ContributionEventsPublisher } from '../messaging/contribution-events.publisher';
import { CaseScheduleEntity, ContributionTaskEntity, ContributionVersionEntity } from './contribution-task.entity';
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
  /** Null until the case is scheduled on a meeting. */
  deadline: Date | null;
  meetingStartsAt: Date | null;
}

/** The meeting a case is scheduled on, as last announced by the meeting service. */
export interface CaseSchedule {
  caseId: string;
  municipality: string;
  meetingId: string;
  startsAt: Date;
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
      deadline: entity.deadline,
      meetingStartsAt: entity.meetingStartsAt,
    }));
  }

  /**
   * Cases of open tasks whose reminder or deadline has come, soonest first. The aggregate
   * decides what, if anything, is still to be announced.
   */
  async findCasesWithDeadlineCheckDue(now: Date, limit: number): Promise<string[]> {
    const entities = await this.manager().find(ContributionTaskEntity, {
      select: { caseId: true },
      where: [
        { status: 'open', remindFrom: LessThanOrEqual(now), reminderAnnouncedAt: IsNull(), overdueAnnouncedAt: IsNull() },
        { status: 'open', deadline: LessThanOrEqual(now), overdueAnnouncedAt: IsNull() },
      ],
      order: { remindFrom: 'ASC' },
      take: limit,
    });
    return entities.map((entity) => entity.caseId);
  }

  /**
   * Holds the case until the transaction ends. The referral and the scheduling of a case arrive
   * on different topics and may be handled at the same time; each must see what the other wrote.
   */
  async lockCase(caseId: string): Promise<void> {
    await this.transactions
      .requireManager('Locking a case')
      .query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`contribution-case:${caseId}`]);
  }

  async findSchedule(caseId: string): Promise<CaseSchedule | null> {
    const entity = await this.manager().findOneBy(CaseScheduleEntity, { caseId });
    return entity ? { ...entity } : null;
  }

  /** The latest scheduling of a case replaces the one before; events arrive in order per case. */
  async saveSchedule(schedule: CaseSchedule): Promise<void> {
    await this.transactions.run(async (manager) => {
      await manager.upsert(CaseScheduleEntity, { ...schedule }, ['caseId']);
    });
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
