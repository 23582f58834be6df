import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@rehab/platform';
import { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import { MeetingRepository } from '../../../meeting/infrastructure/meeting.repository';
import { caseTimeline } from '../../domain/case-timeline';
import { toTimelineEntryView, type CaseTimelineView } from '../../http/case-timeline.view';
import { OutcomeMessageRepository } from '../../infrastructure/outcome-message.repository';
import { GetCaseTimelineQuery } from './get-case-timeline.query';

@QueryHandler(GetCaseTimelineQuery)
export class GetCaseTimelineHandler implements IQueryHandler<GetCaseTimelineQuery, CaseTimelineView> {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly meetings: MeetingRepository,
    private readonly outcomeMessages: OutcomeMessageRepository,
  ) {}

  async execute(query: GetCaseTimelineQuery): Promise<CaseTimelineView> {
    const dossier = await this.dossiers.find(query.caseId);
    const agendaHistory = await this.meetings.agendaHistoryOf(query.caseId);
    const outcomeMessages = await this.outcomeMessages.forCase(query.caseId);
    if (!dossier && agendaHistory.length === 0 && outcomeMessages.length === 0) {
      throw DomainError.notFound('Nothing about that case has reached the meeting service.');
    }
    const entries = caseTimeline({
      dossier: dossier?.snapshot() ?? null,
      agendaHistory,
      outcomeMessages: outcomeMessages.map((message) => message.snapshot()),
    });
    return { caseId: query.caseId, entries: entries.map(toTimelineEntryView) };
  }
}
