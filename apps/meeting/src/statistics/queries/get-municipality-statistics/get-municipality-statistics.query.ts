import { Query } from '@nestjs/cqrs';
import type { MunicipalityStatisticsView } from '../../http/municipality-statistics.view';

export class GetMunicipalityStatisticsQuery extends Query<MunicipalityStatisticsView> {
  constructor(readonly municipality: string) {
    super();
  }
}
