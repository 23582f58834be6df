import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { EntityManager } from 'typeorm';
import type { JointPlan } from '../domain/joint-plan.aggregate';
import type { PlanItemProgress } from '../domain/plan-item-progress';
import { PlanEventsPublisher } from '../messaging/plan-events.publisher';
import { JointPlanEntity, JointPlanVersionEntity, PlanItemProgressEntity } from './joint-plan.entity';
import { JointPlanMapper } from './joint-plan.mapper';

@Injectable()
export class JointPlanRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: PlanEventsPublisher,
  ) {}

  async findByCase(caseId: string): Promise<JointPlan | null> {
    const manager = this.manager();
    const entity = await manager.findOneBy(JointPlanEntity, { caseId });
    if (!entity) return null;
    const versions = await manager.findBy(JointPlanVersionEntity, { planId: entity.planId });
    return JointPlanMapper.toDomain(entity, versions);
  }

  /**
   * Saves the plan, its new versions and their events in one transaction. The version column
   * makes two revisions at once conflict instead of both becoming version n+1; the unique case
   * id does the same for two first plans.
   */
  async save(plan: JointPlan): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = plan.pullEvents();
      const entity = JointPlanMapper.toEntity(plan);
      const expectedVersion = entity.version - events.length;
      if (expectedVersion === 0) {
        // The unique case id refuses a second first plan; the error filter answers 409.
        await manager.insert(JointPlanEntity, entity);
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(JointPlanEntity)
          .set({ version: entity.version })
          .where('plan_id = :planId AND version = :version', { planId: entity.planId, version: expectedVersion })
          .execute();
        if (result.affected !== 1) throw DomainError.conflict('The plan was changed at the same time; try again.');
      }
      for (const event of events) {
        await manager.insert(JointPlanVersionEntity, JointPlanMapper.toVersionEntity(entity.planId, event.version));
      }
      await this.events.publish(plan, events);
    });
  }

  /** Records a report once, however often it is delivered. */
  async recordProgress(progress: PlanItemProgress, municipality: string): Promise<void> {
    await this.manager()
      .createQueryBuilder()
      .insert()
      .into(PlanItemProgressEntity)
      .values({ ...progress, municipality })
      .orIgnore()
      .execute();
  }

  async progressOf(planId: string): Promise<PlanItemProgress[]> {
    const entities = await this.manager().findBy(PlanItemProgressEntity, { planId });
    return entities.map((entity) => JointPlanMapper.progressToDomain(entity));
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a joint plan')
      : this.transactions.dataSource.manager;
  }
}
