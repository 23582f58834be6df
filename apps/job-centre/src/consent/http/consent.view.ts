import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_PARTIES, CONSENT_SCOPES } from '@rehab/contracts';
import type { Consent } from '../domain/consent.aggregate';

export class ConsentView {
  @ApiProperty() consentId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: CONSENT_SCOPES }) scope!: string;
  @ApiProperty({ enum: CONSENT_PARTIES }) party!: string;
  @ApiProperty() givenAt!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'Given and not withdrawn' }) active!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawnAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawnBy!: string | null;
}

export function toConsentView(consent: Consent, now: Date): ConsentView {
  const state = consent.snapshot();
  return {
    consentId: state.id,
    caseId: state.caseId,
    scope: state.scope,
    party: state.party,
    givenAt: state.givenAt.toISOString(),
    recordedBy: state.recordedBy,
    recordedAt: state.recordedAt.toISOString(),
    active: consent.isActiveAt(now),
    withdrawnAt: state.withdrawal?.withdrawnAt.toISOString() ?? null,
    withdrawnBy: state.withdrawal?.withdrawnBy ?? null,
  };
}
