import { randomUUID } from 'node:crypto';
import {
  CONSENT_PARTIES,
  CONSENT_SCOPE_PARTY,
  CONSENT_SCOPES,
  CONSENT_SOURCES,
  type ConsentParty,
  type ConsentScope,
  type ConsentSource,
} from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

/** A clock running a little ahead on the caseworker's machine is not a consent given in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface ConsentWithdrawal {
  withdrawnAt: Date;
  withdrawnBy: string;
}

export interface ConsentState {
  id: string;
  caseId: string;
  municipality: string;
  personId: string;
  scope: ConsentScope;
  party: ConsentParty;
  givenAt: Date;
  /** How it was given; null only for consents recorded before the source was kept. */
  source: ConsentSource | null;
  /** Where the consent can be found again, e.g. the journal note or document number. */
  sourceReference: string | null;
  recordedBy: string;
  recordedAt: Date;
  withdrawal: ConsentWithdrawal | null;
  version: number;
}

export type ConsentEvent = { kind: 'recorded' } | { kind: 'withdrawn'; withdrawal: ConsentWithdrawal };

/**
 * The citizen's consent (samtykke) to obtain or share one kind of information with one party.
 * Withdrawing it stops further obtaining or sharing; the consent and its withdrawal are kept.
 */
export class Consent {
  private readonly pending: ConsentEvent[] = [];

  private constructor(private state: ConsentState) {}

  static record(input: {
    caseId: string;
    municipality: string;
    personId: string;
    scope: string;
    party: string;
    givenAt: Date;
    source: string;
    sourceReference?: string | null;
    recordedBy: string;
    now: Date;
  }): Consent {
    if (!(CONSENT_SCOPES as readonly string[]).includes(input.scope)) {
      throw DomainError.ruleViolated(`A consent's scope must be one of: ${CONSENT_SCOPES.join(', ')}.`);
    }
    if (!(CONSENT_PARTIES as readonly string[]).includes(input.party)) {
      throw DomainError.ruleViolated(`A consent's party must be one of: ${CONSENT_PARTIES.join(', ')}.`);
    }
    if (!(CONSENT_SOURCES as readonly string[]).includes(input.source)) {
      throw DomainError.ruleViolated(`A consent's source must be one of: ${CONSENT_SOURCES.join(', ')}.`);
    }
    const scope = input.scope as ConsentScope;
    const party = input.party as ConsentParty;
    const namedParty = CONSENT_SCOPE_PARTY[scope];
    if (namedParty && namedParty !== party) {
      throw DomainError.ruleViolated(`A consent to ${scope} can only be given with the party ${namedParty}.`);
    }
    if (input.givenAt.getTime() > input.now.getTime() + CLOCK_SKEW_MS) {
      throw DomainError.ruleViolated('A consent cannot be recorded as given in the future.');
    }
    const consent = new Consent({
      id: randomUUID(),
      caseId: input.caseId,
      municipality: input.municipality,
      personId: input.personId,
      scope,
      party,
      givenAt: input.givenAt,
      source: input.source as ConsentSource,
      sourceReference: input.sourceReference ?? null,
      recordedBy: input.recordedBy,
      recordedAt: input.now,
      withdrawal: null,
      version: 0,
    });
    consent.pending.push({ kind: 'recorded' });
    return consent;
  }

  static restore(state: ConsentState): Consent {
    return new Consent(state);
  }

  /** The withdrawal is recorded beside the consent, never in its place. */
  withdraw(input: { withdrawnBy: string; withdrawnAt: Date; now: Date }): ConsentWithdrawal {
    if (this.state.withdrawal) {
      throw DomainError.conflict(
        `The consent was already withdrawn on ${this.state.withdrawal.withdrawnAt.toISOString()}.`,
      );
    }
    if (input.withdrawnAt.getTime() > input.now.getTime() + CLOCK_SKEW_MS) {
      throw DomainError.ruleViolated('A consent cannot be recorded as withdrawn in the future.');
    }
    if (input.withdrawnAt.getTime() < this.state.givenAt.getTime()) {
      throw DomainError.ruleViolated('A consent cannot be withdrawn before it was given.');
    }
    const withdrawal: ConsentWithdrawal = { withdrawnAt: input.withdrawnAt, withdrawnBy: input.withdrawnBy };
    this.state = { ...this.state, withdrawal };
    this.pending.push({ kind: 'withdrawn', withdrawal });
    return withdrawal;
  }

  /** Whether the consent allows obtaining or sharing at the given time. */
  isActiveAt(at: Date): boolean {
    return (
      this.state.givenAt.getTime() <= at.getTime() &&
      (this.state.withdrawal === null || this.state.withdrawal.withdrawnAt.getTime() > at.getTime())
    );
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): Readonly<ConsentState> {
    return this.state;
  }

  pullEvents(): ConsentEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
