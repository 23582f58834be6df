import type { CommandBus } from '@nestjs/cqrs';
import { createEnvelope, GpCertificateReceived, GpCertificateRequested } from '@rehab/contracts';
import { HANDLES_EVENT } from '@rehab/messaging';
import { RecordGpCertificateReceiptCommand } from '../commands/record-gp-certificate-receipt/record-gp-certificate-receipt.command';
import { RecordGpCertificateRequestCommand } from '../commands/record-gp-certificate-request/record-gp-certificate-request.command';
import { GpCertificateConsumer } from './gp-certificate.consumer';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const PERSON_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';
const REQUEST_ID = '66666666-6666-4666-8666-666666666666';

const metadata = {
  correlationId: 'correlation-1',
  causationId: null,
  actor: { kind: 'user' as const, id: 'hc-4' },
  subjectId: PERSON_ID,
  caseId: CASE_ID,
  municipality: '101',
};

function consumerWithRecordedCommands() {
  const executed: unknown[] = [];
  const commands = { execute: (command: unknown) => Promise.resolve(void executed.push(command)) };
  return { consumer: new GpCertificateConsumer(commands as unknown as CommandBus), executed };
}

describe('GpCertificateConsumer', () => {
  it('should handle the request and the receipt when the service consumes', () => {
    const handled = [GpCertificateConsumer.prototype.requested, GpCertificateConsumer.prototype.received].map(
      (method) => (Reflect.getMetadata(HANDLES_EVENT, method) as { type: string }).type,
    );
    expect(handled).toEqual([GpCertificateRequested.type, GpCertificateReceived.type]);
  });

  it('should record the request with its answer deadline when the certificate is requested', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    await consumer.requested(
      createEnvelope(
        GpCertificateRequested,
        {
          caseId: CASE_ID,
          certificateRequestId: REQUEST_ID,
          requestedBy: 'hc-4',
          requestedAt: '2026-11-02T08:00:00.000Z',
          answerDeadline: '2026-12-02T08:00:00.000Z',
        },
        metadata,
      ),
    );
    expect(executed).toEqual([
      new RecordGpCertificateRequestCommand(
        { caseId: CASE_ID, personId: PERSON_ID, municipality: '101' },
        {
          certificateRequestId: REQUEST_ID,
          requestedAt: new Date('2026-11-02T08:00:00.000Z'),
          answerDeadline: new Date('2026-12-02T08:00:00.000Z'),
        },
      ),
    ]);
  });

  it('should record the receipt with its document reference when the certificate arrives', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    await consumer.received(
      createEnvelope(
        GpCertificateReceived,
        {
          caseId: CASE_ID,
          certificateRequestId: REQUEST_ID,
          documentReference: 'doc-lae265-1',
          receivedAt: '2026-11-04T08:00:00.000Z',
          recordedBy: 'hc-4',
        },
        metadata,
      ),
    );
    expect(executed).toEqual([
      new RecordGpCertificateReceiptCommand(
        { caseId: CASE_ID, personId: PERSON_ID, municipality: '101' },
        {
          certificateRequestId: REQUEST_ID,
          receivedAt: new Date('2026-11-04T08:00:00.000Z'),
          documentReference: 'doc-lae265-1',
        },
      ),
    ]);
  });
});
