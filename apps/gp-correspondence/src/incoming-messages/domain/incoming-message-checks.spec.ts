import { careCommunicationMessage, EXAMPLE, officialExample } from '../../testing/medcom-fixtures';
import type { Communication } from '../../medcom/fhir.types';
import { readMessage } from '../../medcom/message-bundle.reader';
import { checkIncomingCareCommunication } from './incoming-message-checks';

const replyReceiver = '265161000016000';

describe('checkIncomingCareCommunication', () => {
  it.each([
    'care-communication-reply',
    'care-communication-modified',
    'care-communication-retract',
    'care-communication-replacement-cpr',
  ] as const)('should accept the official example %s when it is addressed to us', (name) => {
    const message = readMessage(officialExample(name));
    const receiver = name === 'care-communication-reply' ? replyReceiver : '953741000016009';
    expect(checkIncomingCareCommunication(message, new Set([receiver]))).toEqual([]);
  });

  it('should name the rule when a message breaks one', () => {
    const bundle = careCommunicationMessage();
    const communication = bundle.entry[1].resource as Communication;
    Object.assign(communication, { priority: 'asap' });
    const problems = checkIncomingCareCommunication(readMessage(bundle), new Set([EXAMPLE.receiverSor]));
    expect(problems.map((problem) => problem.code)).toEqual(['invariant']);
    expect(problems[0].diagnostics).toMatch(/^medcom-careCommunication-5 at Bundle\.entry\[1\]\.resource: /);
  });

  it('should refuse a message addressed to someone else', () => {
    expect(checkIncomingCareCommunication(readMessage(careCommunicationMessage()), new Set(['111111111111']))).toEqual([
      { code: 'not-found', diagnostics: 'The primary receiver is not an organisation this service receives for.' },
    ]);
  });

  it('should refuse a message that is not a CareCommunication', () => {
    const bundle = careCommunicationMessage();
    (bundle.entry[0].resource as { eventCoding: { code: string } }).eventCoding.code = 'empty-message';
    expect(checkIncomingCareCommunication(readMessage(bundle), new Set([EXAMPLE.receiverSor]))[0].code).toBe(
      'not-supported',
    );
  });
});
