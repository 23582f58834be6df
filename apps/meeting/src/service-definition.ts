import type { ServiceDefinition } from '@rehab/platform';
import { CaseTimelineModule } from './case-timeline/case-timeline.module';
import { OutcomeMessageEntity } from './case-timeline/infrastructure/outcome-message.entity';
import { DossierModule } from './dossier/dossier.module';
import { ContributionVersionEntity, DossierEntity } from './dossier/infrastructure/dossier.entity';
import { MeetingModule } from './meeting/meeting.module';
import {
  AgendaItemEntity,
  DecisionEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  RecommendationEntity,
} from './meeting/infrastructure/meeting.entity';
import { CreateMeetingTables1764000000500 } from './migrations/1764000000500-create-meeting-tables';
import { AddAttendancePendingDecisionsAndGrounds1764000000510 } from './migrations/1764000000510-add-attendance-pending-decisions-and-grounds';
import { AddMeetingCalendar1764000000520 } from './migrations/1764000000520-add-meeting-calendar';
import { RecommendationModule } from './recommendation/recommendation.module';
import { StatisticsModule } from './statistics/statistics.module';

export const meetingService: ServiceDefinition = {
  name: 'meeting',
  title: 'Meeting',
  description:
    'Gathers every department’s contribution into the case’s dossier, runs the rehabilitation-team meeting, ' +
    'and records the joint recommendation (indstilling) and the municipality’s decision (afgørelse). ' +
    'It sees only pseudonymous person ids.',
  schema: 'meeting',
  defaultPort: 3005,
  modules: [DossierModule, MeetingModule, RecommendationModule, CaseTimelineModule, StatisticsModule],
  entities: [
    DossierEntity,
    ContributionVersionEntity,
    MeetingEntity,
    AgendaItemEntity,
    RecommendationEntity,
    DecisionEntity,
    MeetingAttendanceEntity,
    OutcomeMessageEntity,
  ],
  migrations: [
    CreateMeetingTables1764000000500,
    AddAttendancePendingDecisionsAndGrounds1764000000510,
    AddMeetingCalendar1764000000520,
  ],
};
