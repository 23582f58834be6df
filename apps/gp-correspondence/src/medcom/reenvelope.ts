import type { MessageBundle } from './fhir.types';

/**
 * The same message in a new envelope: a new Bundle.id, MessageHeader.id and send time, the
 * content untouched. A resend goes like this, so that the receiver, which deduplicates on
 * Bundle.id + MessageHeader.id, takes it as a new delivery of the same content.
 */
export function reenvelope(
  bundle: MessageBundle,
  envelope: { bundleId: string; messageHeaderId: string; at: Date },
): MessageBundle {
  const copy = structuredClone(bundle);
  const headerEntry = copy.entry[0];
  if (headerEntry.resource.resourceType !== 'MessageHeader') throw new Error('A message starts with its MessageHeader');
  const oldHeaderReference = `MessageHeader/${headerEntry.resource.id}`;
  const newHeaderReference = `MessageHeader/${envelope.messageHeaderId}`;
  headerEntry.fullUrl = headerEntry.fullUrl.replace(
    new RegExp(`${headerEntry.resource.id}$`),
    envelope.messageHeaderId,
  );
  headerEntry.resource.id = envelope.messageHeaderId;
  copy.id = envelope.bundleId;
  copy.timestamp = envelope.at.toISOString();
  // This message's own Provenance names its MessageHeader; earlier ones in the thread keep theirs.
  for (const { resource } of copy.entry) {
    if (resource.resourceType !== 'Provenance') continue;
    resource.target = resource.target.map((target) =>
      target.reference === oldHeaderReference ? { reference: newHeaderReference } : target,
    );
  }
  return copy;
}
