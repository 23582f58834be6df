import type { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { GpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';
import type { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import { RecordGpCertificateArrivalCommand } from './record-gp-certificate-arrival.command';
import { RecordGpCertificateArrivalHandler } from './record-gp-certificate-arrival.handler';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';

/** An in-memory repository and a transaction runner that just runs the work. */
function handlerWith(request: GpCertificateRequest | null) {
  const saved: GpCertificateRequest[] = [];
  const requests = {
    findByCase: (caseId: string) => Promise.resolve(caseId === CASE_ID ? request : null),
    save: (changed: GpCertificateRequest) => {
      saved.push(changed);
      return Promise.resolve();
    },
  } as unknown as GpCertificateRequestRepository;
  const transactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;
  return { handler: new RecordGpCertificateArrivalHandler(transactions, requests), saved };
}

const requested = () =>
  GpCertificateRequest.request({
    caseId: CASE_ID,
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    municipality: '101',
    requestedBy: 'hc-42',
    now: new Date('2026-11-02T10:00:00.000Z'),
  });

const arrival = (request: GpCertificateRequest, overrides: Partial<{ requestId: string; receivedAt: Date }> = {}) =>
  new RecordGpCertificateArrivalCommand(
    CASE_ID,
    overrides.requestId ?? request.snapshot().id,
    'gp-correspondence/incoming-messages/0d4b2f0e-5b8e-4c1a-9d2f-3a4b5c6d7e8f',
    overrides.receivedAt ?? new Date('2026-11-20T09:00:00.000Z'),
  );

describe('RecordGpCertificateArrivalHandler', () => {
  it('should record the certificate as received by the GP correspondence service when it arrives', async () => {
    const request = requested();
    const { handler, saved } = handlerWith(request);
    await expect(handler.execute(arrival(request))).resolves.toBe('recorded');
    expect(saved).toHaveLength(1);
    expect(request.snapshot()).toMatchObject({
      status: 'received',
      receipt: {
        documentReference: 'gp-correspondence/incoming-messages/0d4b2f0e-5b8e-4c1a-9d2f-3a4b5c6d7e8f',
        recordedBy: 'gp-correspondence',
        receivedAt: new Date('2026-11-20T09:00:00.000Z'),
      },
    });
  });

  it('should change nothing when the certificate was already received', async () => {
    const request = requested();
    request.receive({
      documentReference: 'by-hand',
      receivedAt: new Date('2026-11-10T09:00:00Z'),
      recordedBy: 'hc-42',
      now: new Date('2026-11-10T09:00:00Z'),
    });
    const { handler, saved } = handlerWith(request);
    await expect(handler.execute(arrival(request))).resolves.toBe('already-received');
    expect(saved).toEqual([]);
    expect(request.snapshot().receipt?.documentReference).toBe('by-hand');
  });

  it('should change nothing when the answer is to another request', async () => {
    const request = requested();
    const { handler, saved } = handlerWith(request);
    await expect(
      handler.execute(arrival(request, { requestId: '11111111-1111-4111-8111-111111111111' })),
    ).resolves.toBe('other-request');
    expect(saved).toEqual([]);
  });

  it('should not record a receipt in the future when the sender clock runs ahead', async () => {
    const request = requested();
    const { handler } = handlerWith(request);
    await handler.execute(arrival(request, { receivedAt: new Date(Date.now() + 60_000) }));
    expect(request.snapshot().receipt!.receivedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('should say no certificate was requested when the case has none', async () => {
    const { handler } = handlerWith(null);
    await expect(handler.execute(arrival(requested()))).rejects.toEqual(
      DomainError.notFound('No GP certificate (LÆ 265) has been requested for this case.'),
    );
  });
});
