import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { type EntityManager, In, Not } from 'typeorm';
import type { DepartmentPlan, PlanItemStatus } from '../domain/department-plan.aggregate';
import { PlanItemEventsPublisher } from '../messaging/plan-item-events.publisher';
import { DepartmentPlanEntity, PlanItemEntity, PlanItemProgressEntity } from './department-plan.entity';
import { DepartmentPlanMapper } from './department-plan.mapper';

/** A line in the department's work list of plan items. */
export interface PlanItemSummary {
  itemId: string;
  caseId: string;
  municipality: string;
  planId: string;
  planVersion: number;
  description: string;
  ownerId: string;
  startsOn: string;
  endsOn: string;
  status: PlanItemStatus;
}

@Injectable()
export class DepartmentPlanRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: PlanItemEventsPublisher,
  ) {}

  async findByCase(caseId: string): Promise<DepartmentPlan | null> {
    const manager = this.manager();
    const entity = await manager.findOneBy(DepartmentPlanEntity, { caseId });
    if (!entity) return null;
    const items = await manager.findBy(PlanItemEntity, { caseId });
    const progress = await manager.findBy(PlanItemProgressEntity, { caseId });
    return DepartmentPlanMapper.toDomain(entity, items, progress);
  }

  /** The case an item belongs to, when it is one of the department's current items. */
  async findCaseOfItem(itemId: string): Promise<string | null> {
    const item = await this.manager().findOne(PlanItemEntity, { select: { caseId: true }, where: { itemId } });
    return item?.caseId ?? null;
  }

  /** Soonest start first: that is the order a department gets its activities going. */
  async listItems(filter: { municipality: string; status?: PlanItemStatus }): Promise<PlanItemSummary[]> {
    const manager = this.manager();
    const items = await manager.find(PlanItemEntity, {
      where: { municipality: filter.municipality, ...(filter.status ? { status: filter.status } : {}) },
      order: { startsOn: 'ASC', caseId: 'ASC', position: 'ASC' },
    });
    const caseIds = [...new Set(items.map((item) => item.caseId))];
    const plans = caseIds.length ? await manager.findBy(DepartmentPlanEntity, { caseId: In(caseIds) }) : [];
    const planOf = new Map(plans.map((plan) => [plan.caseId, plan]));
    return items.flatMap((item) => {
      const plan = planOf.get(item.caseId);
      if (!plan) return [];
      return [
        {
          itemId: item.itemId,
          caseId: item.caseId,
          municipality: item.municipality,
          planId: plan.planId,
          planVersion: plan.planVersion,
          description: item.description,
          ownerId: item.ownerId,
          startsOn: item.startsOn,
          endsOn: item.endsOn,
          status: item.status as PlanItemStatus,
        },
      ];
    });
  }

  /**
   * Holds the case until the transaction ends, so two plan versions, or a plan and a report,
   * handled at the same time cannot both start from the same state.
   */
  async lockCase(caseId: string): Promise<void> {
    await this.transactions
      .requireManager('Locking a case')
      .query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`plan-case:${caseId}`]);
  }

  /**
   * Saves the plan, its current items, new progress reports and their events in one
   * transaction. The version column makes a concurrent change fail instead of overwriting.
   */
  async save(plan: DepartmentPlan): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = plan.pullEvents();
      const entity = DepartmentPlanMapper.toEntity(plan);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(DepartmentPlanEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(DepartmentPlanEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('case_id = :caseId AND version = :version', { caseId: entity.caseId, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The plan items were changed by someone else; reload them and try again.');
        }
      }
      const items = DepartmentPlanMapper.itemsToEntities(plan);
      const kept = items.map((item) => item.itemId);
      // Items a newer version of the plan dropped; their progress reports stay on record.
      await manager.delete(
        PlanItemEntity,
        kept.length ? { caseId: entity.caseId, itemId: Not(In(kept)) } : { caseId: entity.caseId },
      );
      if (items.length) await manager.upsert(PlanItemEntity, items, ['itemId']);
      for (const event of events) {
        if (event.kind === 'progress-reported') {
          await manager.insert(
            PlanItemProgressEntity,
            DepartmentPlanMapper.progressToEntity(entity.caseId, event.progress),
          );
        }
      }
      await this.events.publish(plan, events);
    });
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading plan items')
      : this.transactions.dataSource.manager;
  }
}
