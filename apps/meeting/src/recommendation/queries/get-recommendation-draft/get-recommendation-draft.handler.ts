import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import { MeetingRepository } from '../../../meeting/infrastructure/meeting.repository';
import { recommendationDraftModel } from '../../domain/recommendation-draft';
import type { RecommendationDraftView } from '../../http/recommendation-draft.view';
import { RecommendationTemplate } from '../../infrastructure/recommendation-template';
import { GetRecommendationDraftQuery } from './get-recommendation-draft.query';

/** Drafts the joint recommendation from the case's dossier, for the team to edit before adopting it. */
@QueryHandler(GetRecommendationDraftQuery)
export class GetRecommendationDraftHandler implements IQueryHandler<
  GetRecommendationDraftQuery,
  RecommendationDraftView
> {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly dossiers: DossierRepository,
    private readonly template: RecommendationTemplate,
  ) {}

  async execute(query: GetRecommendationDraftQuery): Promise<RecommendationDraftView> {
    const meeting = await this.meetings.get(query.meetingId);
    const item = meeting.findItem(query.caseId);
    if (!item) throw DomainError.ruleViolated('The case is not on this meeting’s agenda.');
    const dossier = await this.dossiers.get(query.caseId);
    const state = dossier.snapshot();
    const current = dossier
      .departmentsInView()
      .map((department) => dossier.currentContribution(department))
      .filter((contribution) => contribution !== null);
    const html = this.template.toHtml(
      recommendationDraftModel({
        caseType: state.caseType,
        meetingStartsAt: meeting.snapshot().startsAt,
        citizen: item.citizen,
        contributions: current,
        missingDepartments: dossier.missingDepartments(),
      }),
    );
    return { meetingId: meeting.id, caseId: item.caseId, mediaType: 'text/html', html };
  }
}
