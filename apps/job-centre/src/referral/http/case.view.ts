import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_TYPES, DEPARTMENTS } from '@rehab/contracts';
import type { RehabilitationCase } from '../domain/rehabilitation-case.aggregate';

export class PreparatoryPartView {
  @ApiProperty() contributionId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: Object }) sections!: Record<string, string>;
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
}

export class CaseDecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty() followsRecommendation!: boolean;
  @ApiProperty() decidedAt!: string;
}

/** A case as the job centre shows it. It never carries the CPR number. */
export class CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ description: 'Pseudonymous person id' }) personId!: string;
  @ApiProperty({ enum: CASE_TYPES }) caseType!: string;
  @ApiProperty() coordinatingCaseworkerId!: string;
  @ApiProperty() generalPractitioner!: { sorCode: string; name: string };
  @ApiProperty({ enum: DEPARTMENTS, isArray: true }) requiredDepartments!: string[];
  @ApiProperty({ enum: ['referred', 'decided'] }) status!: string;
  @ApiProperty() referredAt!: string;
  @ApiPropertyOptional({ type: PreparatoryPartView, nullable: true }) preparatoryPart!: PreparatoryPartView | null;
  @ApiPropertyOptional({ type: CaseDecisionView, nullable: true }) decision!: CaseDecisionView | null;
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
    status: state.status,
    referredAt: state.referredAt.toISOString(),
    preparatoryPart: state.preparatoryPart
      ? { ...state.preparatoryPart, sections: { ...state.preparatoryPart.sections }, submittedAt: state.preparatoryPart.submittedAt.toISOString() }
      : null,
    decision: state.decision ? { ...state.decision, decidedAt: state.decision.decidedAt.toISOString() } : null,
  };
}
