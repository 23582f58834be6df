import { buildAcknowledgementMessage } from './acknowledgement.builder';
import { MedComRuleViolation } from './care-communication.builder';
import type { MessageBundle, MessageHeader, OperationOutcome, Organization, Provenance } from './fhir.types';
import { readMessage } from './message-bundle.reader';
import { careCommunicationMessage, EXAMPLE } from '../testing/medcom-fixtures';

const header = (bundle: MessageBundle) => bundle.entry[0].resource as MessageHeader;
const resolve = (bundle: MessageBundle, reference: string) =>
  bundle.entry.find((entry) => entry.fullUrl.endsWith(`/${reference}`))?.resource;
const acknowledge = (overrides: Partial<Parameters<typeof buildAcknowledgementMessage>[0]> = {}, message = careCommunicationMessage()) =>
  buildAcknowledgementMessage({
    acknowledged: readMessage(message),
    code: 'ok',
    at: new Date('2024-05-01T10:01:00Z'),
    fullUrlBase: 'https://gp.example/fhir',
    ...overrides,
  });

describe('buildAcknowledgementMessage', () => {
  it('should answer the acknowledged MessageHeader id with ok in a message bundle with the acknowledgement header profile', () => {
    const message = careCommunicationMessage();
    const ack = acknowledge({}, message);
    expect(ack.type).toBe('message');
    expect(ack.id).not.toBe(message.id);
    expect(header(ack).meta?.profile).toEqual([
      'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgementHeader',
    ]);
    expect(header(ack).eventCoding).toEqual({
      system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes',
      code: 'acknowledgement-message',
    });
    expect(header(ack).response).toEqual({ identifier: header(message).id, code: 'ok' });
    expect(ack.entry.some((entry) => entry.resource.resourceType === 'OperationOutcome')).toBe(false);
  });

  it('should go back to the source endpoint and sender of the message, from its receiver', () => {
    const message = careCommunicationMessage();
    const ack = acknowledge({}, message);
    const [destination] = header(ack).destination;
    expect(destination.endpoint).toBe(`https://sor2.sum.dsdn.dk/#id=${EXAMPLE.senderSor}`);
    expect(destination.extension[0].valueCoding?.code).toBe('primary');
    const receiver = resolve(ack, destination.receiver.reference) as Organization;
    const sender = resolve(ack, header(ack).sender.reference) as Organization;
    expect(receiver.identifier[0].value).toBe(EXAMPLE.senderSor);
    expect(sender.identifier[0].value).toBe(EXAMPLE.receiverSor);
    expect(header(ack).source.endpoint).toBe(`https://sor2.sum.dsdn.dk/#id=${EXAMPLE.receiverSor}`);
  });

  it('should record an acknowledgement activity that refers to the acknowledged MessageHeader', () => {
    const message = careCommunicationMessage();
    const ack = acknowledge({}, message);
    const provenance = ack.entry.find((entry) => entry.resource.resourceType === 'Provenance')?.resource as Provenance;
    expect(provenance.activity.coding?.[0].code).toBe('acknowledgement');
    expect(provenance.entity).toEqual([{ role: 'revision', what: { reference: `MessageHeader/${header(message).id}` } }]);
    expect(resolve(ack, provenance.target[0].reference)).toBe(header(ack));
  });

  it('should say why in an OperationOutcome when the code is fatal-error (medcom-acknowledgement-1)', () => {
    const ack = acknowledge({ code: 'fatal-error', issues: [{ code: 'invalid', diagnostics: 'No patient.' }] });
    const details = header(ack).response?.details?.reference;
    const outcome = resolve(ack, details ?? '') as OperationOutcome;
    expect(outcome.issue).toEqual([{ severity: 'fatal', code: 'invalid', diagnostics: 'No patient.' }]);
  });

  it('should refuse an error acknowledgement when it gives no reason', () => {
    expect(() => acknowledge({ code: 'transient-error' })).toThrow(MedComRuleViolation);
  });

  it('should refuse to acknowledge an acknowledgement', () => {
    expect(() => acknowledge({}, acknowledge())).toThrow('An acknowledgement is never acknowledged.');
  });
});
