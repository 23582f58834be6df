import type { MessageBundle, Provenance } from '../medcom/fhir.types';
import { resourcesOfType } from '../medcom/message-bundle.reader';

/** Where one message stands in its thread, as its own Provenance record says. */
export interface ThreadRecord {
  messageHeaderId: string;
  bundleId: string;
  /** new-message, reply-message, forward-message, retract-message or modified-message. */
  activity: string;
  /** The thread: the Communication.identifier. A forward starts a new one. */
  communicationIdentifier: string | null;
  /** The MessageHeader.id this message answers, corrects, retracts or forwards. */
  precedingMessageHeaderId: string | null;
  occurredAt: Date;
}

const MESSAGE_HEADER_ID = /MessageHeader\/([^/]+)$/;

function ownProvenance(bundle: MessageBundle, headerId: string): Provenance | undefined {
  // A message repeats the Provenance of the earlier messages in its thread; its own targets its own header.
  return resourcesOfType(bundle, 'Provenance').find((provenance) =>
    provenance.target?.some((target) => MESSAGE_HEADER_ID.exec(target.reference)?.[1] === headerId),
  );
}

/**
 * Reads a message's place in its thread. The preceding message is the entity with role
 * revision (or removal, as the retract example has it) whose reference names a MessageHeader.
 */
export function threadRecordOf(bundle: MessageBundle): ThreadRecord {
  const header = bundle.entry[0].resource;
  const provenance = ownProvenance(bundle, header.id);
  const preceding = provenance?.entity?.find((entity) => entity.role === 'revision' || entity.role === 'removal');
  const precedingReference = preceding?.what.reference
    ? MESSAGE_HEADER_ID.exec(preceding.what.reference)?.[1]
    : undefined;
  const communication = resourcesOfType(bundle, 'Communication')[0];
  const occurred = provenance?.occurredDateTime ?? bundle.timestamp;
  return {
    messageHeaderId: header.id,
    bundleId: bundle.id,
    activity: provenance?.activity?.coding?.[0]?.code ?? 'new-message',
    communicationIdentifier: communication?.identifier?.[0]?.value ?? null,
    precedingMessageHeaderId: precedingReference ?? null,
    occurredAt: Number.isNaN(Date.parse(occurred)) ? new Date() : new Date(occurred),
  };
}
