import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES, DEPARTMENTS, TEAM_MEMBERS } from '@rehab/contracts';
import { ATTACHMENT_MEDIA_TYPES, type AttachmentSummary } from '../domain/preparatory-attachment';
import type { PreparatoryPart, RehabilitationCase } from '../domain/rehabilitation-case.aggregate';

export class AttachmentView {
  @ApiProperty() attachmentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPES }) mediaType!: string;
  @ApiProperty() sizeBytes!: number;
}

export class PreparatoryPartView {
  @ApiProperty() contributionId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: Object }) sections!: Record<string, string>;
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
}

export class CaseDecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty() followsRecommendation!: boolean;
  @ApiProperty() decidedAt!: string;
}

export class ExtensionView {
  @ApiProperty() extensionId!: string;
  @ApiProperty({ description: 'Why nothing new has happened' }) reason!: string;
  @ApiProperty() decisionMakerId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2027-06-30' }) extendedUntil!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
}

export class RePresentationView {
  @ApiProperty({ enum: ['no-activity-within-six-months'] }) reason!: string;
  @ApiProperty() reasonText!: string;
  @ApiProperty() rePresentedAt!: string;
}

/** A case as the job centre shows it. It never carries the CPR number, nor the citizen's age. */
export class CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty({ enum: CASE_TYPES }) caseType!: string;
  @ApiProperty() coordinatingCaseworkerId!: string;
  @ApiProperty() generalPractitioner!: { sorCode: string; name: string };
  @ApiProperty({ enum: DEPARTMENTS, isArray: true }) requiredDepartments!: string[];
  @ApiPropertyOptional({
    enum: TEAM_MEMBERS,
    isArray: true,
    nullable: true,
    description: 'The team members the case needs; null for cases referred before this was recorded',
  })
  requiredMembers!: string[] | null;
  @ApiProperty({ enum: ['referred', 'decided'] }) status!: string;
  @ApiProperty() referredAt!: string;
  @ApiPropertyOptional({ type: PreparatoryPartView, nullable: true }) preparatoryPart!: PreparatoryPartView | null;
  @ApiPropertyOptional({ type: CaseDecisionView, nullable: true }) decision!: CaseDecisionView | null;
  @ApiProperty({ type: [ExtensionView], description: 'Extensions of the resource programme without a new meeting' })
  extensions!: ExtensionView[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'When the first activity of the programme started',
  })
  activityStartedAt!: string | null;
  @ApiPropertyOptional({ type: RePresentationView, nullable: true }) rePresentation!: RePresentationView | null;
}

export function toAttachmentView(attachment: AttachmentSummary): AttachmentView {
  return { ...attachment };
}

export function toPreparatoryPartView(part: PreparatoryPart): PreparatoryPartView {
  return {
    contributionId: part.contributionId,
    version: part.version,
    sections: { ...part.sections },
    attachments: part.attachments.map(toAttachmentView),
    submittedBy: part.submittedBy,
    submittedAt: part.submittedAt.toISOString(),
  };
}

export function toCaseView(rehabilitationCase: RehabilitationCase): CaseView {
  const state = rehabilitationCase.snapshot();
  return {
    caseId: state.id,
    municipality: state.municipality,
    personId: state.personId,
    caseType: state.caseType,
    coordinatingCaseworkerId: state.coordinatingCaseworkerId,
    generalPractitioner: state.generalPractitioner,
    requiredDepartments: [...state.requiredDepartments],
    requiredMembers: state.requiredMembers ? [...state.requiredMembers] : null,
    status: state.status,
    referredAt: state.referredAt.toISOString(),
    preparatoryPart: state.preparatoryPart ? toPreparatoryPartView(state.preparatoryPart) : null,
    decision: state.decision ? { ...state.decision, decidedAt: state.decision.decidedAt.toISOString() } : null,
    extensions: state.extensions.map((extension) => ({ ...extension, recordedAt: extension.recordedAt.toISOString() })),
    activityStartedAt: state.activityStartedAt?.toISOString() ?? null,
    rePresentation: state.rePresentation
      ? { ...state.rePresentation, rePresentedAt: state.rePresentation.rePresentedAt.toISOString() }
      : null,
  };
}
