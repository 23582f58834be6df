import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES, DEPARTMENTS } from '@rehab/contracts';
import {
  DOSSIER_STATUSES,
  GP_CERTIFICATE_STATUSES,
  type Contribution,
  type Dossier,
} from '../domain/dossier.aggregate';
import { contributionDue, type ContributionDue } from '../domain/contribution-due-date';
import type { DossierSchedule } from '../infrastructure/dossier-schedule.repository';

export class ContributionVersionView {
  @ApiProperty() contributionId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Staff id of the author' }) submittedBy!: string;
  @ApiProperty() submittedAt!: string;
}

export class CurrentContributionView extends ContributionVersionView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The text, heading by heading',
  })
  content!: Record<string, string>;
}

/** One department's place in the dossier: what counts now, and what it replaced. */
export class DepartmentContributionView {
  @ApiProperty({ enum: DEPARTMENTS }) department!: string;
  @ApiProperty({ description: 'Whether the referral requires this department to contribute' }) required!: boolean;
  @ApiProperty({ enum: ['submitted', 'missing'] }) status!: 'submitted' | 'missing';
  @ApiPropertyOptional({ type: CurrentContributionView, nullable: true, description: 'The newest version; it counts' })
  current!: CurrentContributionView | null;
  @ApiProperty({
    type: ContributionVersionView,
    isArray: true,
    description: 'Versions that no longer count, newest first',
  })
  earlierVersions!: ContributionVersionView[];
  @ApiPropertyOptional({
    nullable: true,
    description:
      'For a missing contribution of a scheduled case, by when it is due: the department’s own deadline (working days before the meeting) once the department announced it, otherwise the meeting’s start',
  })
  dueBy!: string | null;
  @ApiPropertyOptional({
    enum: ['department-deadline', 'meeting-start'],
    nullable: true,
    description: 'Where dueBy comes from',
  })
  dueBySource!: ContributionDue['source'] | null;
  @ApiProperty({
    description:
      'Whether the missing contribution is overdue for the meeting: its department announced it so, or its announced deadline has passed',
  })
  overdue!: boolean;
}

/** The meeting the case is on and not yet decided at. */
export class ScheduledMeetingView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() startsAt!: string;
}

/** The GP certificate (LÆ 265) as far as readiness goes: a reference, never the certificate itself. */
export class GpCertificateView {
  @ApiProperty({
    enum: GP_CERTIFICATE_STATUSES,
    description: 'received or absence-explained lets the case be ready; otherwise it is still missing',
  })
  status!: string;
  @ApiPropertyOptional({ nullable: true }) requestedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The GP must answer within 30 days of the request' })
  answerDeadline!: string | null;
  @ApiPropertyOptional({ nullable: true }) receivedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Where the health coordinator keeps it' })
  documentReference!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Why the team goes ahead without it' }) absenceReason!:
    string | null;
  @ApiPropertyOptional({ nullable: true }) absenceRecordedBy!: string | null;
  @ApiPropertyOptional({ nullable: true }) absenceRecordedAt!: string | null;
}

export class DossierSummaryView {
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiPropertyOptional({ enum: CASE_TYPES, nullable: true, description: 'Unknown until the referral arrives' })
  caseType!: string | null;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) referredAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: DEPARTMENTS, isArray: true }) requiredDepartments!: string[];
  @ApiProperty({ enum: DEPARTMENTS, isArray: true, description: 'Required departments still to contribute' })
  missingDepartments!: string[];
  @ApiProperty({ description: 'Whether the GP certificate, or a reason for its absence, is still missing' })
  gpCertificateMissing!: boolean;
  @ApiProperty({ type: GpCertificateView }) gpCertificate!: GpCertificateView;
}

/** The dossier with every department's contribution side by side. */
export class DossierView extends DossierSummaryView {
  @ApiPropertyOptional({
    type: ScheduledMeetingView,
    nullable: true,
    description: 'The meeting the case is on; null while it waits for scheduling',
  })
  scheduledMeeting!: ScheduledMeetingView | null;
  @ApiProperty({ type: DepartmentContributionView, isArray: true }) contributions!: DepartmentContributionView[];
  @ApiPropertyOptional({
    nullable: true,
    description:
      'Set when the reader may not read health data: the health assessment’s content and the GP certificate’s reference are left out',
  })
  healthDataWithheld?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description:
      'Set when the reader is a department member and the citizen has not consented to sharing case information with their department: the other departments’ contents are left out',
  })
  consentWithheld?: string | null;
}

export function toDossierSummaryView(dossier: Dossier): DossierSummaryView {
  const state = dossier.snapshot();
  return {
    caseId: state.caseId,
    municipality: state.municipality,
    personId: state.personId,
    caseType: state.caseType,
    status: state.status,
    referredAt: state.referredAt?.toISOString() ?? null,
    completedAt: state.completedAt?.toISOString() ?? null,
    requiredDepartments: [...state.requiredDepartments],
    missingDepartments: dossier.missingDepartments(),
    gpCertificateMissing: dossier.gpCertificateMissing,
    gpCertificate: toGpCertificateView(dossier),
  };
}

function toGpCertificateView(dossier: Dossier): GpCertificateView {
  const certificate = dossier.snapshot().gpCertificate;
  return {
    status: dossier.gpCertificateStatus(),
    requestedAt: certificate.requestedAt?.toISOString() ?? null,
    answerDeadline: certificate.answerDeadline?.toISOString() ?? null,
    receivedAt: certificate.receivedAt?.toISOString() ?? null,
    documentReference: certificate.documentReference,
    absenceReason: certificate.absence?.reason ?? null,
    absenceRecordedBy: certificate.absence?.recordedBy ?? null,
    absenceRecordedAt: certificate.absence?.recordedAt.toISOString() ?? null,
  };
}

/** The dossier, and for a scheduled case what is still missing by when. */
export function toDossierView(dossier: Dossier, schedule: DossierSchedule | null, now: Date = new Date()): DossierView {
  const required = dossier.snapshot().requiredDepartments;
  return {
    ...toDossierSummaryView(dossier),
    scheduledMeeting: schedule ? { meetingId: schedule.meetingId, startsAt: schedule.startsAt.toISOString() } : null,
    contributions: dossier.departmentsInView().map((department) => {
      const current = dossier.currentContribution(department);
      const due = !current && schedule ? contributionDue(department, schedule, now) : null;
      return {
        department,
        required: required.includes(department),
        status: current ? 'submitted' : 'missing',
        current: current ? { ...versionView(current), content: { ...current.content } } : null,
        earlierVersions: dossier.earlierContributions(department).map(versionView),
        dueBy: due?.dueBy.toISOString() ?? null,
        dueBySource: due?.source ?? null,
        overdue: due?.overdue ?? false,
      };
    }),
  };
}

function versionView(contribution: Contribution): ContributionVersionView {
  return {
    contributionId: contribution.contributionId,
    version: contribution.version,
    submittedBy: contribution.submittedBy,
    submittedAt: contribution.submittedAt.toISOString(),
  };
}
