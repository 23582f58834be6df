import { OutcomeMessage } from './outcome-message.aggregate';

const sending = (overrides: Partial<Parameters<typeof OutcomeMessage.sent>[0]> = {}) => ({
  messageHeaderId: '7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a0f',
  caseId: '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d',
  decisionId: '5a0f7e1e-2b7c-4c52-9f0e-3d8a9b1c2d3e',
  recipientSorCode: '123456789012',
  sentAt: new Date('2026-11-12T11:00:00Z'),
  ...overrides,
});

describe('OutcomeMessage', () => {
  it('should be acknowledged at the first ok when the GP system confirms receipt', () => {
    const message = OutcomeMessage.sent(sending());
    message.recordAcknowledgement({ code: 'transient-error', acknowledgedAt: new Date('2026-11-12T11:05:00Z') });
    expect(message.acknowledgedAt).toBeNull();
    message.recordAcknowledgement({ code: 'ok', acknowledgedAt: new Date('2026-11-12T11:10:00Z') });
    expect(message.acknowledgedAt).toEqual(new Date('2026-11-12T11:10:00Z'));
  });

  it('should keep an acknowledgement and fill in the sending when the acknowledgement arrives first', () => {
    const message = OutcomeMessage.acknowledgedBeforeSent({
      messageHeaderId: sending().messageHeaderId,
      caseId: sending().caseId,
    });
    message.recordAcknowledgement({ code: 'ok', acknowledgedAt: new Date('2026-11-12T11:10:00Z') });
    message.recordSent(sending());
    expect(message.snapshot()).toMatchObject({ decisionId: sending().decisionId, sentAt: sending().sentAt });
    expect(message.acknowledgedAt).not.toBeNull();
  });

  it('should keep the first sending when the sending is reported twice', () => {
    const message = OutcomeMessage.sent(sending());
    message.recordSent(sending({ sentAt: new Date('2026-11-13T11:00:00Z') }));
    expect(message.snapshot().sentAt).toEqual(sending().sentAt);
  });

  it('should record an acknowledgement once when it is reported twice', () => {
    const message = OutcomeMessage.sent(sending());
    const acknowledgement = { code: 'ok' as const, acknowledgedAt: new Date('2026-11-12T11:10:00Z') };
    message.recordAcknowledgement(acknowledgement);
    message.recordAcknowledgement({ ...acknowledgement, acknowledgedAt: new Date(acknowledgement.acknowledgedAt) });
    expect(message.snapshot().acknowledgements).toHaveLength(1);
  });
});
