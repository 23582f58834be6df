import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_PARTIES, CONSENT_SCOPES, CONSENT_SOURCES } from '@rehab/contracts';
import type { Consent } from '../domain/consent.aggregate';

export class ConsentView {
  @ApiProperty() consentId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: CONSENT_SCOPES }) scope!: string;
  @ApiProperty({ enum: CONSENT_PARTIES }) party!: string;
  @ApiProperty() givenAt!: string;
  @ApiPropertyOptional({
    enum: CONSENT_SOURCES,
    nullable: true,
    description: 'Null for consents recorded before the source was kept',
  })
  source!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sourceReference!: string | null;
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
    source: state.source,
    sourceReference: state.sourceReference,
    recordedBy: state.recordedBy,
    recordedAt: state.recordedAt.toISOString(),
    active: consent.isActiveAt(now),
    withdrawnAt: state.withdrawal?.withdrawnAt.toISOString() ?? null,
    withdrawnBy: state.withdrawal?.withdrawnBy ?? null,
  };
}
