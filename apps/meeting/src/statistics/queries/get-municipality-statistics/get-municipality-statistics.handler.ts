import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MeetingRepository } from '../../../meeting/infrastructure/meeting.repository';
import { summariseDurations } from '../../domain/duration-summary';
import { overdueByDepartment } from '../../domain/overdue-contributions';
import type { MunicipalityStatisticsView, QuorumHistoryView } from '../../http/municipality-statistics.view';
import { StatisticsRepository } from '../../infrastructure/statistics.repository';
import { GetMunicipalityStatisticsQuery } from './get-municipality-statistics.query';

/** How many recent meetings the quorum history shows: about a year of weekly meetings. */
const QUORUM_HISTORY_MEETINGS = 52;

@QueryHandler(GetMunicipalityStatisticsQuery)
export class GetMunicipalityStatisticsHandler implements IQueryHandler<
  GetMunicipalityStatisticsQuery,
  MunicipalityStatisticsView
> {
  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly meetings: MeetingRepository,
  ) {}

  async execute(query: GetMunicipalityStatisticsQuery): Promise<MunicipalityStatisticsView> {
    const { municipality } = query;
    return {
      municipality,
      referralToMeeting: summariseDurations(await this.statistics.referralToMeeting(municipality)),
      meetingToDecision: summariseDurations(await this.statistics.meetingToDecision(municipality)),
      decisionToGpAcknowledgement: summariseDurations(await this.statistics.decisionToGpAcknowledgement(municipality)),
      recommendedOutcomes: await this.statistics.outcomes(municipality, 'recommendation'),
      decidedOutcomes: await this.statistics.outcomes(municipality, 'decision'),
      decisionsAgainstRecommendation: await this.statistics.decisionsAgainstRecommendation(municipality),
      quorumHistory: await this.quorumHistory(municipality),
      overdueContributions: overdueByDepartment(await this.statistics.overdueContributions(municipality)),
    };
  }

  /** Quorum as the meeting itself judges it, from the attendance recorded at it. */
  private async quorumHistory(municipality: string): Promise<QuorumHistoryView[]> {
    const ids = await this.statistics.recentMeetingIds(municipality, new Date(), QUORUM_HISTORY_MEETINGS);
    const overrides = await this.statistics.quorumOverrides(ids);
    const history: QuorumHistoryView[] = [];
    for (const id of ids) {
      const meeting = await this.meetings.get(id);
      const quorum = meeting.quorum();
      history.push({
        meetingId: id,
        startsAt: meeting.snapshot().startsAt.toISOString(),
        hasQuorum: quorum.hasQuorum,
        missingRoles: quorum.missingRoles,
        quorumOverrides: overrides.get(id) ?? 0,
      });
    }
    return history;
  }
}
