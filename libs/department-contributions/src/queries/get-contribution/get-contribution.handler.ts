import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toContributionView, type ContributionView } from '../../http/contribution.view';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { GetContributionQuery } from './get-contribution.query';

@QueryHandler(GetContributionQuery)
export class GetContributionHandler implements IQueryHandler<GetContributionQuery, ContributionView> {
  constructor(private readonly tasks: ContributionTaskRepository) {}

  async execute(query: GetContributionQuery): Promise<ContributionView> {
    return toContributionView(await this.tasks.getByCase(query.caseId));
  }
}
