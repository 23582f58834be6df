import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { RecordOverdueContributionHandler } from './commands/record-overdue-contribution/record-overdue-contribution.handler';
import { StatisticsController } from './http/statistics.controller';
import { StatisticsRepository } from './infrastructure/statistics.repository';
import { ContributionOverdueConsumer } from './messaging/contribution-overdue.consumer';
import { GetMunicipalityStatisticsHandler } from './queries/get-municipality-statistics/get-municipality-statistics.handler';

/** Timelines and statistics per municipality, from the service's own record of what happened. */
@Module({
  imports: [MeetingModule],
  controllers: [StatisticsController],
  providers: [
    StatisticsRepository,
    GetMunicipalityStatisticsHandler,
    RecordOverdueContributionHandler,
    ContributionOverdueConsumer,
  ],
})
export class StatisticsModule {}
