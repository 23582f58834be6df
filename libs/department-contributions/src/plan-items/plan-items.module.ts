import { type DynamicModule, type ModuleMetadata, Module, type Type } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import { ReceiveAdoptedPlanHandler } from './commands/receive-adopted-plan/receive-adopted-plan.handler';
import { ReportPlanItemProgressHandler } from './commands/report-plan-item-progress/report-plan-item-progress.handler';
import { PlanItemsController } from './http/plan-items.controller';
import { DepartmentPlanRepository } from './infrastructure/department-plan.repository';
import { PlanAdoptedConsumer } from './messaging/plan-adopted.consumer';
import { PlanItemEventsPublisher } from './messaging/plan-item-events.publisher';
import { PLAN_ITEM_DEPARTMENT, PLAN_ITEM_PROGRESS_LISTENER, type PlanItemProgressListener } from './plan-items.options';
import { GetCasePlanItemsHandler } from './queries/get-case-plan-items/get-case-plan-items.handler';
import { ListPlanItemsHandler } from './queries/list-plan-items/list-plan-items.handler';

export interface PlanItemsRegistration {
  department: Department;
  /** What the service does in its own domain when progress is reported; runs in the same transaction. */
  progressListener?: Type<PlanItemProgressListener>;
  /** Modules the listener needs. */
  imports?: ModuleMetadata['imports'];
}

/**
 * A department's items of each case's joint plan (indsatsdel): received from the meeting's
 * plan-adopted event, listed as a work list, and reported on; each report is published on the
 * department's own topic. The service needs PLAN_ITEM_ENTITIES and PLAN_ITEM_MIGRATIONS.
 */
@Module({})
export class PlanItemsModule {
  static register(registration: PlanItemsRegistration): DynamicModule {
    return {
      module: PlanItemsModule,
      imports: registration.imports ?? [],
      controllers: [PlanItemsController],
      providers: [
        { provide: PLAN_ITEM_DEPARTMENT, useValue: registration.department },
        ...(registration.progressListener
          ? [{ provide: PLAN_ITEM_PROGRESS_LISTENER, useClass: registration.progressListener }]
          : []),
        ReceiveAdoptedPlanHandler,
        ReportPlanItemProgressHandler,
        GetCasePlanItemsHandler,
        ListPlanItemsHandler,
        DepartmentPlanRepository,
        PlanItemEventsPublisher,
        PlanAdoptedConsumer,
      ],
    };
  }
}
