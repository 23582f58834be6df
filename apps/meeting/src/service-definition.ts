import { AUDIT_MIGRATIONS, AuditModule, CONSENT_VIEW_MIGRATIONS, type ServiceDefinition } from '@rehab/platform';
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
  MeetingProceedingStepEntity,
  RecommendationEntity,
} from './meeting/infrastructure/meeting.entity';
import { CreateMeetingTables1764000000500 } from './migrations/1764000000500-create-meeting-tables';
import { AddAttendancePendingDecisionsAndGrounds1764000000510 } from './migrations/1764000000510-add-attendance-pending-decisions-and-grounds';
import { AddMeetingCalendar1764000000520 } from './migrations/1764000000520-add-meeting-calendar';
import { AddJointPlanAndProgress1764000000530 } from './migrations/1764000000530-add-joint-plan-and-progress';
import { AddGpCertificateToDossier1764000000540 } from './migrations/1764000000540-add-gp-certificate-to-dossier';
import { AddMeetingProceedings1764000000550 } from './migrations/1764000000550-add-meeting-proceedings';
import { AddOverdueContributions1764000000560 } from './migrations/1764000000560-add-overdue-contributions';
import { AddAgendaPublishedAt1764531870000 } from './migrations/1764531870000-add-agenda-published-at';
import { AddContributionDeadlines1764531870100 } from './migrations/1764531870100-add-contribution-deadlines';
import {
  JointPlanEntity,
  JointPlanVersionEntity,
  PlanItemProgressEntity,
} from './plan/infrastructure/joint-plan.entity';
import { PlanModule } from './plan/plan.module';
import { RecommendationModule } from './recommendation/recommendation.module';
import { OverdueContributionEntity } from './statistics/infrastructure/overdue-contribution.entity';
import { StatisticsModule } from './statistics/statistics.module';

export const meetingService: ServiceDefinition = {
  name: 'meeting',
  title: 'Meeting',
  description:
    'Gathers every department’s contribution into the case’s dossier, runs the rehabilitation-team meeting, ' +
    'and records the joint recommendation (indstilling), the municipality’s decision (afgørelse) and the one ' +
    'joint plan (indsatsdel) with the departments’ progress on it. ' +
    'It sees only pseudonymous person ids.',
  schema: 'meeting',
  defaultPort: 3005,
  modules: [
    AuditModule,
    DossierModule,
    MeetingModule,
    RecommendationModule,
    CaseTimelineModule,
    StatisticsModule,
    PlanModule,
  ],
  entities: [
    DossierEntity,
    ContributionVersionEntity,
    MeetingEntity,
    AgendaItemEntity,
    RecommendationEntity,
    DecisionEntity,
    MeetingAttendanceEntity,
    MeetingProceedingStepEntity,
    OutcomeMessageEntity,
    JointPlanEntity,
    JointPlanVersionEntity,
    PlanItemProgressEntity,
    OverdueContributionEntity,
  ],
  migrations: [
    ...AUDIT_MIGRATIONS,
    CreateMeetingTables1764000000500,
    AddAttendancePendingDecisionsAndGrounds1764000000510,
    AddMeetingCalendar1764000000520,
    AddJointPlanAndProgress1764000000530,
    AddGpCertificateToDossier1764000000540,
    AddMeetingProceedings1764000000550,
    AddOverdueContributions1764000000560,
    AddAgendaPublishedAt1764531870000,
    AddContributionDeadlines1764531870100,
    ...CONSENT_VIEW_MIGRATIONS,
  ],
  recordMunicipalities: [
    { param: 'caseId', table: 'dossier', idColumn: 'case_id' },
    { param: 'meetingId', table: 'meeting', idColumn: 'id' },
  ],
};
