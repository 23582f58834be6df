import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RehabilitationCaseRepository } from '../../../referral/infrastructure/rehabilitation-case.repository';
import { type ConsentView, toConsentView } from '../../http/consent.view';
import { ConsentRepository } from '../../infrastructure/consent.repository';
import { ListConsentsQuery } from './list-consents.query';

@QueryHandler(ListConsentsQuery)
export class ListConsentsHandler implements IQueryHandler<ListConsentsQuery, ConsentView[]> {
  constructor(
    private readonly cases: RehabilitationCaseRepository,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(query: ListConsentsQuery): Promise<ConsentView[]> {
    await this.cases.get(query.caseId);
    const now = new Date();
    return (await this.consents.listForCase(query.caseId)).map((consent) => toConsentView(consent, now));
  }
}
