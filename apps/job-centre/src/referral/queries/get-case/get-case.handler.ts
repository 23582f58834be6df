import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toCaseView, type CaseView } from '../../http/case.view';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { GetCaseQuery } from './get-case.query';

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery, CaseView> {
  constructor(private readonly cases: RehabilitationCaseRepository) {}

  async execute(query: GetCaseQuery): Promise<CaseView> {
    return toCaseView(await this.cases.get(query.caseId));
  }
}
