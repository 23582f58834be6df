import { type DynamicModule, Module } from '@nestjs/common';
import { CheckContributionDeadlinesHandler } from './commands/check-contribution-deadlines/check-contribution-deadlines.handler';
import { OpenContributionTaskHandler } from './commands/open-contribution-task/open-contribution-task.handler';
import { SaveContributionDraftHandler } from './commands/save-contribution-draft/save-contribution-draft.handler';
import { ScheduleContributionDeadlineHandler } from './commands/schedule-contribution-deadline/schedule-contribution-deadline.handler';
import { SubmitContributionHandler } from './commands/submit-contribution/submit-contribution.handler';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from './department-contribution';
import { contributionControllerFor } from './http/contribution.controller';
import { ContributionTasksController } from './http/contribution-tasks.controller';
import { ContributionDeadlineChecker } from './infrastructure/contribution-deadline.checker';
import { ContributionDeadlineSettings } from './infrastructure/contribution-deadline.settings';
import { ContributionTaskRepository } from './infrastructure/contribution-task.repository';
import { CaseReferredConsumer } from './messaging/case-referred.consumer';
import { CaseScheduledConsumer } from './messaging/case-scheduled.consumer';
import { ContributionEventsPublisher } from './messaging/contribution-events.publisher';
import { GetContributionHandler } from './queries/get-contribution/get-contribution.handler';
import { ListContributionTasksHandler } from './queries/list-contribution-tasks/list-contribution-tasks.handler';
import { PlanItemsModule } from './plan-items/plan-items.module';

/**
 * A department's contribution to referred cases: the task a referral opens, the deadline a
 * scheduled meeting sets, the draft, the submitted versions and the events each submission,
 * reminder and missed deadline publishes; and the department's items of each case's joint plan
 * with the progress reported on them. A department service imports it once, with its own
 * DepartmentContribution, and lists PLAN_ITEM_ENTITIES and PLAN_ITEM_MIGRATIONS too.
 */
@Module({})
export class DepartmentContributionsModule {
  static register(contribution: DepartmentContribution): DynamicModule {
    return {
      module: DepartmentContributionsModule,
      imports: [PlanItemsModule.register({ department: contribution.department })],
      controllers: [contributionControllerFor(contribution), ContributionTasksController],
      providers: [
        { provide: DEPARTMENT_CONTRIBUTION, useValue: contribution },
        OpenContributionTaskHandler,
        SaveContributionDraftHandler,
        SubmitContributionHandler,
        ScheduleContributionDeadlineHandler,
        CheckContributionDeadlinesHandler,
        GetContributionHandler,
        ListContributionTasksHandler,
        ContributionTaskRepository,
        ContributionEventsPublisher,
        CaseReferredConsumer,
        CaseScheduledConsumer,
        ContributionDeadlineSettings,
        ContributionDeadlineChecker,
      ],
      exports: [ContributionTaskRepository],
    };
  }
}
