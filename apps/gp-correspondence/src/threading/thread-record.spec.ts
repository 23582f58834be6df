import { careCommunicationMessage, officialExample } from '../testing/medcom-fixtures';
import { threadRecordOf } from './thread-record';

describe('threadRecordOf', () => {
  it('should read a new message as the start of its thread', () => {
    expect(threadRecordOf(officialExample('care-communication-new'))).toEqual({
      messageHeaderId: '42cb9200-f421-4d08-8391-7d51a2503cb4',
      bundleId: 'add5e7e2-0c0f-4a4a-bfff-f6f984fa7e3c',
      activity: 'new-message',
      communicationIdentifier: 'urn:uuid:b2eb3d0e-5de5-4de9-b2a3-0ff321ad1c3a',
      precedingMessageHeaderId: null,
      occurredAt: new Date('2024-05-01T10:00:00Z'),
    });
  });

  it('should thread a reply to the message it answers, in the same thread, when it repeats earlier Provenance', () => {
    expect(threadRecordOf(officialExample('care-communication-reply'))).toMatchObject({
      messageHeaderId: 'd5bd2111-2576-48d3-84d4-8be0297a038d',
      activity: 'reply-message',
      communicationIdentifier: 'urn:uuid:b2eb3d0e-5de5-4de9-b2a3-0ff321ad1c3a',
      precedingMessageHeaderId: '42cb9200-f421-4d08-8391-7d51a2503cb4',
    });
  });

  it('should thread a second reply to the first reply', () => {
    expect(threadRecordOf(officialExample('care-communication-second-reply'))).toMatchObject({
      activity: 'reply-message',
      precedingMessageHeaderId: 'd5bd2111-2576-48d3-84d4-8be0297a038d',
    });
  });

  it('should read a forward as a new thread that names the forwarded message', () => {
    const record = threadRecordOf(officialExample('care-communication-forward'));
    expect(record.activity).toBe('forward-message');
    expect(record.precedingMessageHeaderId).toBe('4dff3695-218d-4878-838a-5f23cbba6f82');
    expect(record.communicationIdentifier).not.toBe('urn:uuid:b2eb3d0e-5de5-4de9-b2a3-0ff321ad1c3a');
  });

  it.each([
    ['care-communication-modified', 'modified-message'],
    ['care-communication-retract', 'retract-message'],
  ] as const)('should tie %s to the message it changes', (name, activity) => {
    expect(threadRecordOf(officialExample(name))).toMatchObject({
      activity,
      precedingMessageHeaderId: '42cb9200-f421-4d08-8391-7d51a2503cb4',
    });
  });

  it('should read the messages this service builds', () => {
    const bundle = careCommunicationMessage();
    expect(threadRecordOf(bundle)).toMatchObject({
      messageHeaderId: bundle.entry[0].resource.id,
      activity: 'new-message',
    });
  });
});
