import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toContributionTaskSummaryView, type ContributionTaskSummaryView } from '../../http/contribution.view';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { ListContributionTasksQuery } from './list-contribution-tasks.query';

@QueryHandler(ListContributionTasksQuery)
export class ListContributionTasksHandler implements IQueryHandler<ListContributionTasksQuery, ContributionTaskSummaryView[]> {
  constructor(private readonly tasks: ContributionTaskRepository) {}

  async execute(query: ListContributionTasksQuery): Promise<ContributionTaskSummaryView[]> {
    const tasks = await this.tasks.listTasks({ municipality: query.municipality, status: query.status });
    return tasks.map(toContributionTaskSummaryView);
  }
}
