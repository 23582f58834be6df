import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { StatisticsController } from './http/statistics.controller';
import { StatisticsRepository } from './infrastructure/statistics.repository';
import { GetMunicipalityStatisticsHandler } from './queries/get-municipality-statistics/get-municipality-statistics.handler';

/** Timelines and statistics per municipality, from the service's own record of what happened. */
@Module({
  imports: [MeetingModule],
  controllers: [StatisticsController],
  providers: [StatisticsRepository, GetMunicipalityStatisticsHandler],
})
export class StatisticsModule {}
