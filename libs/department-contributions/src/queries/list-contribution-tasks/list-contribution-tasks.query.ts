import { Query } from '@nestjs/cqrs';
import type { ContributionTaskStatus } from '../../domain/contribution-task.aggregate';
import type { ContributionTaskSummaryView } from '../../http/contribution.view';

export class ListContributionTasksQuery extends Query<ContributionTaskSummaryView[]> {
  constructor(
    readonly municipality: string,
    readonly status?: ContributionTaskStatus,
  ) {
    super();
  }
}
