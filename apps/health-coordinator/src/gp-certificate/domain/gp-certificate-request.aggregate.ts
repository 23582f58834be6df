import { randomUUID } from 'node:crypto';
import { DomainError } from '@rehab/platform';

/** The GP must answer the request for the certificate (LÆ 265) within 30 days of receiving it. */
export const GP_CERTIFICATE_ANSWER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const GP_CERTIFICATE_STATUSES = ['requested', 'received'] as const;
export type GpCertificateStatus = (typeof GP_CERTIFICATE_STATUSES)[number];

export interface GpCertificateReceipt {
  /** Where the certificate itself is kept, e.g. the document id in the case file; never its content. */
  documentReference: string;
  receivedAt: Date;
  recordedBy: string;
}

export interface GpCertificateRequestState {
  id: string;
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  municipality: string;
  status: GpCertificateStatus;
  requestedBy: string;
  requestedAt: Date;
  answerDeadline: Date;
  receipt: GpCertificateReceipt | null;
  overdueAnnouncedAt: Date | null;
  version: number;
}

export type GpCertificateRequestEvent =
  { kind: 'requested' } | { kind: 'received'; receipt: GpCertificateReceipt } | { kind: 'overdue' };

export function requireGpCertificateRequest(request: GpCertificateRequest | null): GpCertificateRequest {
  if (!request) throw DomainError.notFound('No GP certificate (LÆ 265) has been requested for this case.');
  return request;
}

/**
 * The health coordinator's record of the GP certificate (lægeattest, LÆ 265) for one case:
 * when and by whom it was requested, its 30-day answer deadline and when it arrived.
 */
export class GpCertificateRequest {
  private readonly pending: GpCertificateRequestEvent[] = [];

  private constructor(private state: GpCertificateRequestState) {}

  /** The request is counted as received by the GP when it is sent, which is when it is recorded here. */
  static request(input: {
    caseId: string;
    personId: string;
    municipality: string;
    requestedBy: string;
    now: Date;
  }): GpCertificateRequest {
    const request = new GpCertificateRequest({
      id: randomUUID(),
      caseId: input.caseId,
      personId: input.personId,
      municipality: input.municipality,
      status: 'requested',
      requestedBy: input.requestedBy,
      requestedAt: input.now,
      answerDeadline: new Date(input.now.getTime() + GP_CERTIFICATE_ANSWER_DAYS * DAY_MS),
      receipt: null,
      overdueAnnouncedAt: null,
      version: 0,
    });
    request.pending.push({ kind: 'requested' });
    return request;
  }

  static restore(state: GpCertificateRequestState): GpCertificateRequest {
    return new GpCertificateRequest(state);
  }

  /** Records that the certificate arrived; a late certificate is still received. */
  receive(input: { documentReference: string; receivedAt: Date; recordedBy: string; now: Date }): GpCertificateReceipt {
    if (this.state.receipt) {
      throw DomainError.ruleViolated(
        `The GP certificate was already recorded as received on ${this.state.receipt.receivedAt.toISOString()}.`,
      );
    }
    if (input.receivedAt.getTime() > input.now.getTime()) {
      throw DomainError.ruleViolated('The GP certificate cannot be received in the future.');
    }
    if (input.receivedAt.getTime() < this.state.requestedAt.getTime()) {
      throw DomainError.ruleViolated('The GP certificate cannot be received before it was requested.');
    }
    const receipt: GpCertificateReceipt = {
      documentReference: input.documentReference.trim(),
      receivedAt: input.receivedAt,
      recordedBy: input.recordedBy,
    };
    this.state = { ...this.state, status: 'received', receipt };
    this.pending.push({ kind: 'received', receipt });
    return receipt;
  }

  /** Announces once that the 30 days passed without a certificate. */
  checkOverdue(now: Date): boolean {
    if (this.state.status !== 'requested' || this.state.overdueAnnouncedAt) return false;
    if (now.getTime() < this.state.answerDeadline.getTime()) return false;
    this.state = { ...this.state, overdueAnnouncedAt: now };
    this.pending.push({ kind: 'overdue' });
    return true;
  }

  get caseId(): string {
    return this.state.caseId;
  }

  snapshot(): Readonly<GpCertificateRequestState> {
    return this.state;
  }

  pullEvents(): GpCertificateRequestEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
