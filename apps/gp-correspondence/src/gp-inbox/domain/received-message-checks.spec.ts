import type { MessageHeader } from '../../medcom/fhir.types';
import { readMessage } from '../../medcom/message-bundle.reader';
import { careCommunicationMessage } from '../../testing/medcom-fixtures';
import { checkCareCommunication } from './received-message-checks';

describe('checkCareCommunication', () => {
  it('should find no problem when the message is a well-formed CareCommunication', () => {
    expect(checkCareCommunication(readMessage(careCommunicationMessage()))).toEqual([]);
  });

  it('should find the patient missing when the bundle holds no Patient', () => {
    const message = careCommunicationMessage();
    message.entry = message.entry.filter((entry) => entry.resource.resourceType !== 'Patient');
    expect(checkCareCommunication(readMessage(message)).map((problem) => problem.code)).toEqual(['invalid']);
  });

  it('should find the text missing when the focus is not a Communication', () => {
    const message = careCommunicationMessage();
    (message.entry[0].resource as MessageHeader).focus = [{ reference: 'Communication/unknown' }];
    expect(checkCareCommunication(readMessage(message))).toEqual([
      { code: 'required', diagnostics: 'MessageHeader.focus does not point to a Communication in the bundle.' },
    ]);
  });

  it('should not take a message when it is not a CareCommunication', () => {
    const message = careCommunicationMessage();
    (message.entry[0].resource as MessageHeader).eventCoding.code = 'hospital-notification-message';
    expect(checkCareCommunication(readMessage(message))[0].code).toBe('not-supported');
  });
});
