import type { ConsentParty, ConsentScope, ConsentSource } from '@rehab/contracts';
import { Consent } from '../domain/consent.aggregate';
import { ConsentEntity } from './consent.entity';

export const ConsentMapper = {
  toDomain(entity: ConsentEntity): Consent {
    return Consent.restore({
      id: entity.id,
      caseId: entity.caseId,
      municipality: entity.municipality,
      personId: entity.personId,
      scope: entity.scope as ConsentScope,
      party: entity.party as ConsentParty,
      givenAt: entity.givenAt,
      source: entity.source as ConsentSource | null,
      sourceReference: entity.sourceReference,
      recordedBy: entity.recordedBy,
      recordedAt: entity.recordedAt,
      withdrawal:
        entity.withdrawnAt && entity.withdrawnBy
          ? { withdrawnAt: entity.withdrawnAt, withdrawnBy: entity.withdrawnBy }
          : null,
      version: entity.version,
    });
  },

  toEntity(consent: Consent): ConsentEntity {
    const state = consent.snapshot();
    const entity = new ConsentEntity();
    Object.assign(entity, {
      id: state.id,
      caseId: state.caseId,
      municipality: state.municipality,
      personId: state.personId,
      scope: state.scope,
      party: state.party,
      givenAt: state.givenAt,
      source: state.source,
      sourceReference: state.sourceReference,
      recordedBy: state.recordedBy,
      recordedAt: state.recordedAt,
      withdrawnAt: state.withdrawal?.withdrawnAt ?? null,
      withdrawnBy: state.withdrawal?.withdrawnBy ?? null,
      version: state.version,
    });
    return entity;
  },
};
