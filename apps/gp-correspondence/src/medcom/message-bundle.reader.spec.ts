import type { MessageHeader } from './fhir.types';
import { readMessage, resolveReference, UnreadableMessage } from './message-bundle.reader';
import { careCommunicationMessage, EXAMPLE } from '../testing/medcom-fixtures';

describe('readMessage', () => {
  it('should read the ids, event, sender and endpoints when the message is a CareCommunication', () => {
    const message = careCommunicationMessage();
    const header = message.entry[0].resource as MessageHeader;
    expect(readMessage(JSON.parse(JSON.stringify(message)))).toMatchObject({
      bundleId: message.id,
      headerId: header.id,
      eventCode: 'care-communication-message',
      senderReference: header.sender.reference,
      primaryReceiverReference: header.destination[0].receiver.reference,
      sourceEndpoint: `https://sor2.sum.dsdn.dk/#id=${EXAMPLE.senderSor}`,
      response: undefined,
    });
  });

  it('should name the paths at fault and not the values when the bundle is not a message', () => {
    expect.assertions(3);
    try {
      readMessage({ resourceType: 'Bundle', type: 'collection', id: 'x', timestamp: EXAMPLE.cpr, entry: [] });
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableMessage);
      expect((error as Error).message).toMatch(/Bundle\.type.*Bundle\.entry/s);
      expect((error as Error).message).not.toContain(EXAMPLE.cpr);
    }
  });

  it('should refuse a bundle when its first entry is not a MessageHeader', () => {
    const message = careCommunicationMessage();
    message.entry.reverse();
    expect(() => readMessage(message)).toThrow(/first entry is not a usable MessageHeader/);
  });
});

describe('resolveReference', () => {
  it('should find an entry by a relative reference, by its fullUrl and by type and id', () => {
    const message = careCommunicationMessage();
    const patientEntry = message.entry.find((entry) => entry.resource.resourceType === 'Patient')!;
    expect(resolveReference(message, `Patient/${patientEntry.resource.id}`)).toBe(patientEntry.resource);
    expect(resolveReference(message, patientEntry.fullUrl)).toBe(patientEntry.resource);
    expect(resolveReference(message, 'Patient/unknown')).toBeUndefined();
  });
});
