import { randomUUID } from 'node:crypto';
import { careCommunicationMessage } from '../testing/medcom-fixtures';
import { validateMedComMessage } from './conformance/medcom-validator';
import type { Provenance } from './fhir.types';
import { reenvelope } from './reenvelope';

describe('reenvelope', () => {
  it('should give the message a new Bundle.id, MessageHeader.id and time and keep the content when resending', () => {
    const original = careCommunicationMessage();
    const envelope = { bundleId: randomUUID(), messageHeaderId: randomUUID(), at: new Date('2024-05-01T10:30:00Z') };
    const resent = reenvelope(original, envelope);
    expect(resent.id).toBe(envelope.bundleId);
    expect(resent.entry[0].resource.id).toBe(envelope.messageHeaderId);
    expect(resent.entry[0].fullUrl).toMatch(new RegExp(`/MessageHeader/${envelope.messageHeaderId}$`));
    expect(resent.timestamp).toBe('2024-05-01T10:30:00.000Z');
    const provenance = resent.entry.find((entry) => entry.resource.resourceType === 'Provenance')!
      .resource as Provenance;
    expect(provenance.target).toEqual([{ reference: `MessageHeader/${envelope.messageHeaderId}` }]);
    expect(resent.entry.slice(1, -1)).toEqual(original.entry.slice(1, -1));
    expect(validateMedComMessage(resent)).toEqual([]);
  });

  it('should leave the original message as it was', () => {
    const original = careCommunicationMessage();
    const before = structuredClone(original);
    reenvelope(original, { bundleId: randomUUID(), messageHeaderId: randomUUID(), at: new Date() });
    expect(original).toEqual(before);
  });
});
