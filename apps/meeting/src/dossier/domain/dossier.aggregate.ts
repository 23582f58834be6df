import { DEPARTMENTS, type CaseType, type Department, type TeamMember } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

/**
 * - awaiting-referral: a contribution arrived before the case's referral (they travel on
 *   different topics, so nothing orders them); it is kept and counted once the referral comes.
 * - incomplete: referred, but a required department has not contributed yet, or the GP
 *   certificate (LÆ 265) has neither arrived nor had its absence explained.
 * - complete: ready for the team: every required department has contributed and the GP
 *   certificate is there or its absence has a recorded reason; it stays complete from then on.
 *   (Dossiers completed before the certificate was part of readiness keep their status.)
 */
export type DossierStatus = 'awaiting-referral' | 'incomplete' | 'complete';

export const DOSSIER_STATUSES: readonly DossierStatus[] = ['awaiting-referral', 'incomplete', 'complete'];

/** What the job centre's referral tells the meeting service about a case. */
export interface Referral {
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  municipality: string;
  caseType: CaseType;
  requiredDepartments: Department[];
  /** The team members the case needs at its meeting; absent from referrals sent before it existed. */
  requiredMembers?: TeamMember[] | null;
  referredAt: Date;
}

/** One submitted version of one department's contribution to the dossier. */
export interface Contribution {
  department: Department;
  contributionId: string;
  version: number;
  submittedBy: string;
  submittedAt: Date;
  /** The contribution's text, heading by heading, as the department submitted it. */
  content: Record<string, string>;
}

/** Why the team goes without the GP certificate, and who said so. */
export interface GpCertificateAbsence {
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * The GP certificate (LÆ 265) as the health coordinator reports it. Only its receipt and a
 * reference are known here; the certificate itself is health data and stays with the health
 * coordinator.
 */
export interface GpCertificate {
  certificateRequestId: string | null;
  requestedAt: Date | null;
  answerDeadline: Date | null;
  receivedAt: Date | null;
  documentReference: string | null;
  absence: GpCertificateAbsence | null;
}

export const GP_CERTIFICATE_STATUSES = ['not-requested', 'requested', 'received', 'absence-explained'] as const;
export type GpCertificateStatus = (typeof GP_CERTIFICATE_STATUSES)[number];

export const NO_GP_CERTIFICATE: GpCertificate = {
  certificateRequestId: null,
  requestedAt: null,
  answerDeadline: null,
  receivedAt: null,
  documentReference: null,
  absence: null,
};

export interface DossierState {
  caseId: string;
  personId: string;
  municipality: string;
  caseType: CaseType | null;
  requiredDepartments: Department[];
  /** Null when the referral did not say; the meeting then asks only for the members always required. */
  requiredMembers: TeamMember[] | null;
  referredAt: Date | null;
  status: DossierStatus;
  completedAt: Date | null;
  /** Every version received, in the order received; the newest per department counts. */
  contributions: Contribution[];
  gpCertificate: GpCertificate;
  version: number;
}

export type DossierEvent =
  | { kind: 'referral-recorded' }
  | { kind: 'contribution-recorded'; contribution: Contribution }
  | { kind: 'gp-certificate-recorded'; gpCertificate: GpCertificate }
  | { kind: 'gp-certificate-absence-recorded'; absence: GpCertificateAbsence }
  | { kind: 'completed'; contributions: Contribution[]; completedAt: Date };

/**
 * The case's dossier: every department's contribution, gathered for the rehabilitation team.
 * It decides when the case is ready for a meeting.
 */
export class Dossier {
  private readonly pending: DossierEvent[] = [];

  private constructor(private state: DossierState) {}

  /** The referral is the first thing heard of the case: the usual order. */
  static openOnReferral(referral: Referral, now: Date): Dossier {
    const dossier = new Dossier({
      caseId: referral.caseId,
      personId: referral.personId,
      municipality: referral.municipality,
      caseType: null,
      requiredDepartments: [],
      requiredMembers: null,
      referredAt: null,
      status: 'awaiting-referral',
      completedAt: null,
      contributions: [],
      gpCertificate: NO_GP_CERTIFICATE,
      version: 0,
    });
    dossier.recordReferral(referral, now);
    return dossier;
  }

  /** A contribution came first; the dossier waits for the referral to know what it needs. */
  static openAheadOfReferral(subject: { caseId: string; personId: string; municipality: string }): Dossier {
    return new Dossier({
      ...subject,
      caseType: null,
      requiredDepartments: [],
      requiredMembers: null,
      referredAt: null,
      status: 'awaiting-referral',
      completedAt: null,
      contributions: [],
      gpCertificate: NO_GP_CERTIFICATE,
      version: 0,
    });
  }

  static restore(state: DossierState): Dossier {
    return new Dossier(state);
  }

  /** Records the referral once; a repeated referral changes nothing. */
  recordReferral(referral: Referral, now: Date): void {
    if (this.state.status !== 'awaiting-referral') return;
    this.state = {
      ...this.state,
      personId: referral.personId,
      municipality: referral.municipality,
      caseType: referral.caseType,
      requiredDepartments: [...new Set(referral.requiredDepartments)],
      requiredMembers: referral.requiredMembers ? [...new Set(referral.requiredMembers)] : null,
      referredAt: referral.referredAt,
      status: 'incomplete',
    };
    this.pending.push({ kind: 'referral-recorded' });
    this.completeIfReady(now);
  }

  /**
   * Keeps every version it has not seen before. A version already held changes nothing, and
   * an older version is kept in the history without displacing the newer one.
   */
  recordContribution(contribution: Contribution, now: Date): void {
    const known = this.state.contributions.some(
      (held) => held.contributionId === contribution.contributionId && held.version === contribution.version,
    );
    if (known) return;
    const recorded = { ...contribution, content: { ...contribution.content } };
    this.state = { ...this.state, contributions: [...this.state.contributions, recorded] };
    this.pending.push({ kind: 'contribution-recorded', contribution: recorded });
    this.completeIfReady(now);
  }

  /** The health coordinator asked the GP; a repeated or older request changes nothing. */
  recordGpCertificateRequested(
    request: { certificateRequestId: string; requestedAt: Date; answerDeadline: Date },
    now: Date,
  ): void {
    const held = this.state.gpCertificate;
    if (held.requestedAt && held.requestedAt.getTime() >= request.requestedAt.getTime()) return;
    // The receipt may have come first (separate events, one topic, but a replay may split them).
    const sameRequest =
      held.certificateRequestId === null || held.certificateRequestId === request.certificateRequestId;
    this.changeGpCertificate(
      { ...held, ...request, ...(sameRequest ? {} : { receivedAt: null, documentReference: null }) },
      now,
    );
  }

  /** The certificate arrived; a repeated receipt changes nothing. */
  recordGpCertificateReceived(
    receipt: { certificateRequestId: string; receivedAt: Date; documentReference: string },
    now: Date,
  ): void {
    const held = this.state.gpCertificate;
    if (held.receivedAt && held.certificateRequestId === receipt.certificateRequestId) return;
    this.changeGpCertificate({ ...held, ...receipt }, now);
  }

  /**
   * The team goes ahead without the certificate, for a recorded reason. Refused once the
   * certificate is there: then there is nothing to explain.
   */
  recordGpCertificateAbsence(absence: { reason: string; recordedBy: string }, now: Date): void {
    const reason = absence.reason.trim();
    if (reason.length === 0) {
      throw DomainError.ruleViolated('The absence of the GP certificate needs a reason.');
    }
    if (this.state.gpCertificate.receivedAt) {
      throw DomainError.ruleViolated('The GP certificate has been received; there is no absence to explain.');
    }
    const recorded = { reason, recordedBy: absence.recordedBy, recordedAt: now };
    this.changeGpCertificate({ ...this.state.gpCertificate, absence: recorded }, now, {
      kind: 'gp-certificate-absence-recorded',
      absence: recorded,
    });
  }

  gpCertificateStatus(): GpCertificateStatus {
    const certificate = this.state.gpCertificate;
    if (certificate.receivedAt) return 'received';
    if (certificate.absence) return 'absence-explained';
    return certificate.requestedAt ? 'requested' : 'not-requested';
  }

  /** Whether the certificate still stands between the case and the team. */
  get gpCertificateMissing(): boolean {
    const status = this.gpCertificateStatus();
    return status !== 'received' && status !== 'absence-explained';
  }

  /** The contribution that counts for a department: the newest version submitted. */
  currentContribution(department: Department): Contribution | null {
    return this.state.contributions
      .filter((contribution) => contribution.department === department)
      .reduce<Contribution | null>(
        (newest, candidate) => (newest && !isNewer(candidate, newest) ? newest : candidate),
        null,
      );
  }

  /** The versions of a department's contribution that no longer count, newest first. */
  earlierContributions(department: Department): Contribution[] {
    const current = this.currentContribution(department);
    return this.state.contributions
      .filter((contribution) => contribution.department === department && contribution !== current)
      .sort((a, b) => (isNewer(a, b) ? -1 : 1));
  }

  /** Required departments without a contribution; before the referral nobody knows, so none. */
  missingDepartments(): Department[] {
    return this.state.requiredDepartments.filter((department) => this.currentContribution(department) === null);
  }

  /** Every department that is required or has contributed, in the usual order. */
  departmentsInView(): Department[] {
    return DEPARTMENTS.filter(
      (department) =>
        this.state.requiredDepartments.includes(department) ||
        this.state.contributions.some((contribution) => contribution.department === department),
    );
  }

  get caseId(): string {
    return this.state.caseId;
  }

  get isComplete(): boolean {
    return this.state.status === 'complete';
  }

  snapshot(): Readonly<DossierState> {
    return this.state;
  }

  /** What happened since the dossier was loaded; the repository turns these into rows and outbox events. */
  pullEvents(): DossierEvent[] {
    return this.pending.splice(0, this.pending.length);
  }

  /** The change, then what the meeting service announces of it, if anything, then completion if it made the dossier ready. */
  private changeGpCertificate(gpCertificate: GpCertificate, now: Date, announcement?: DossierEvent): void {
    this.state = { ...this.state, gpCertificate };
    this.pending.push({ kind: 'gp-certificate-recorded', gpCertificate });
    if (announcement) this.pending.push(announcement);
    this.completeIfReady(now);
  }

  /** Ready for the team: every required contribution, and the GP certificate or a reason for its absence. */
  private completeIfReady(now: Date): void {
    if (this.state.status !== 'incomplete' || this.missingDepartments().length > 0 || this.gpCertificateMissing) return;
    const contributions = this.state.requiredDepartments.map((department) => this.currentContribution(department)!);
    this.state = { ...this.state, status: 'complete', completedAt: now };
    this.pending.push({ kind: 'completed', contributions, completedAt: now });
  }
}

/**
 * Versions of one contribution compare by number. Different contributions from one department
 * (a department that started over) compare by when they were submitted.
 */
function isNewer(candidate: Contribution, than: Contribution): boolean {
  if (candidate.contributionId === than.contributionId) return candidate.version > than.version;
  return candidate.submittedAt.getTime() > than.submittedAt.getTime();
}
