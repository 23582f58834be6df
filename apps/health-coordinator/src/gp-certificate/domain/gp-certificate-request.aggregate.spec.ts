import { DomainError } from '@rehab/platform';
import { GpCertificateRequest } from './gp-certificate-request.aggregate';

const requested = (overrides: Partial<Parameters<typeof GpCertificateRequest.request>[0]> = {}) => {
  const request = GpCertificateRequest.request({
    caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    requestedBy: 'hc-42',
    now: new Date('2026-11-02T10:00:00.000Z'),
    ...overrides,
  });
  return request;
};

const receipt = (overrides: Partial<Parameters<GpCertificateRequest['receive']>[0]> = {}) => ({
  documentReference: 'doc-2026-118',
  receivedAt: new Date('2026-11-20T09:00:00.000Z'),
  recordedBy: 'hc-42',
  now: new Date('2026-11-20T10:00:00.000Z'),
  ...overrides,
});

describe('GpCertificateRequest', () => {
  it('should record who requested it and set the answer deadline 30 days later when it is requested', () => {
    const request = requested();
    expect(request.snapshot()).toMatchObject({
      status: 'requested',
      requestedBy: 'hc-42',
      requestedAt: new Date('2026-11-02T10:00:00.000Z'),
      answerDeadline: new Date('2026-12-02T10:00:00.000Z'),
    });
    expect(request.pullEvents()).toEqual([{ kind: 'requested' }]);
  });

  it('should count 30 calendar days across a month end when requested late in the month', () => {
    expect(requested({ now: new Date('2027-01-31T10:00:00.000Z') }).snapshot().answerDeadline).toEqual(
      new Date('2027-03-02T10:00:00.000Z'),
    );
  });

  it('should record the document reference when the certificate is received', () => {
    const request = requested();
    request.pullEvents();
    request.receive(receipt());
    expect(request.snapshot()).toMatchObject({
      status: 'received',
      receipt: {
        documentReference: 'doc-2026-118',
        receivedAt: new Date('2026-11-20T09:00:00.000Z'),
        recordedBy: 'hc-42',
      },
    });
    expect(request.pullEvents().map((event) => event.kind)).toEqual(['received']);
  });

  it('should refuse when the certificate is recorded as received twice', () => {
    const request = requested();
    request.receive(receipt());
    expect(() => request.receive(receipt())).toThrow(DomainError);
  });

  it('should refuse when the receipt date is in the future or before the request', () => {
    const request = requested();
    expect(() => request.receive(receipt({ receivedAt: new Date('2026-11-21T09:00:00.000Z') }))).toThrow(/future/);
    expect(() => request.receive(receipt({ receivedAt: new Date('2026-11-01T09:00:00.000Z') }))).toThrow(/before/);
  });

  it('should announce overdue once when 30 days pass without a certificate', () => {
    const request = requested();
    request.pullEvents();
    expect(request.checkOverdue(new Date('2026-12-02T09:59:59.999Z'))).toBe(false);
    expect(request.checkOverdue(new Date('2026-12-02T10:00:00.000Z'))).toBe(true);
    expect(request.checkOverdue(new Date('2026-12-03T10:00:00.000Z'))).toBe(false);
    expect(request.pullEvents()).toEqual([{ kind: 'overdue' }]);
  });

  it('should announce nothing when the certificate arrived in time', () => {
    const request = requested();
    request.receive(receipt());
    request.pullEvents();
    expect(request.checkOverdue(new Date('2026-12-10T10:00:00.000Z'))).toBe(false);
    expect(request.pullEvents()).toEqual([]);
  });

  it('should still accept a late certificate when the deadline has passed', () => {
    const request = requested();
    request.checkOverdue(new Date('2026-12-03T10:00:00.000Z'));
    request.receive(
      receipt({ receivedAt: new Date('2026-12-04T09:00:00.000Z'), now: new Date('2026-12-04T10:00:00.000Z') }),
    );
    expect(request.snapshot().status).toBe('received');
  });
});
