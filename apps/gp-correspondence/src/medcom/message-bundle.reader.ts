import { z } from 'zod';
import type { AcknowledgementCode, MessageBundle, Resource } from './fhir.types';

/** A message we cannot even read as a FHIR message. The text names paths, never values. */
export class UnreadableMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableMessage';
  }
}

const ReferenceSchema = z.looseObject({ reference: z.string().min(1) });

// Lenient on purpose ("be lenient when receiving"): only what routing, deduplication and
// acknowledging need is required; everything else passes through untouched.
const MessageHeaderSchema = z.looseObject({
  resourceType: z.literal('MessageHeader'),
  id: z.string().min(1).max(64),
  eventCoding: z.looseObject({ system: z.string().optional(), code: z.string().min(1) }),
  destination: z.array(z.looseObject({ endpoint: z.string().optional(), receiver: ReferenceSchema.optional() })).min(1),
  sender: ReferenceSchema,
  source: z.looseObject({ endpoint: z.string().min(1) }),
  response: z
    .looseObject({ identifier: z.string().min(1), code: z.enum(['ok', 'transient-error', 'fatal-error']) })
    .optional(),
});

const BundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  id: z.string().min(1).max(64),
  type: z.literal('message'),
  timestamp: z.string().min(1),
  entry: z
    .array(
      z.looseObject({
        fullUrl: z.string().optional(),
        resource: z.looseObject({ resourceType: z.string().min(1), id: z.string().optional() }),
      }),
    )
    .min(1),
});

export interface ReadMessage {
  bundle: MessageBundle;
  bundleId: string;
  headerId: string;
  eventCode: string;
  senderReference: string;
  primaryReceiverReference: string | undefined;
  sourceEndpoint: string;
  primaryDestinationEndpoint: string | undefined;
  response: { identifier: string; code: AcknowledgementCode } | undefined;
}

function describe(error: z.ZodError, prefix: string): string {
  return error.issues.map((issue) => `${[prefix, ...issue.path].join('.')}: ${issue.message}`).join('; ');
}

/** Reads a received FHIR message far enough to deduplicate, route and acknowledge it. */
export function readMessage(raw: unknown): ReadMessage {
  const bundle = BundleSchema.safeParse(raw);
  if (!bundle.success) throw new UnreadableMessage(`Not a FHIR message bundle: ${describe(bundle.error, 'Bundle')}`);
  const header = MessageHeaderSchema.safeParse(bundle.data.entry[0].resource);
  if (!header.success) {
    throw new UnreadableMessage(`The first entry is not a usable MessageHeader: ${describe(header.error, 'MessageHeader')}`);
  }
  const primary = header.data.destination[0];
  return {
    bundle: bundle.data as unknown as MessageBundle,
    bundleId: bundle.data.id,
    headerId: header.data.id,
    eventCode: header.data.eventCoding.code,
    senderReference: header.data.sender.reference,
    primaryReceiverReference: primary.receiver?.reference,
    sourceEndpoint: header.data.source.endpoint,
    primaryDestinationEndpoint: primary.endpoint,
    response: header.data.response ? { identifier: header.data.response.identifier, code: header.data.response.code } : undefined,
  };
}

/**
 * Finds the entry a reference points to: by fullUrl, by a fullUrl that ends in the relative
 * reference ("Patient/<id>"), or by resource type and id.
 */
export function resolveReference(bundle: MessageBundle, reference: string): Resource | undefined {
  const found = bundle.entry.find(
    (entry) =>
      entry.fullUrl === reference ||
      (entry.fullUrl?.endsWith(`/${reference}`) ?? false) ||
      `${entry.resource.resourceType}/${entry.resource.id}` === reference,
  );
  return found?.resource;
}

export function resourcesOfType<T extends Resource['resourceType']>(
  bundle: MessageBundle,
  resourceType: T,
): Extract<Resource, { resourceType: T }>[] {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter((resource): resource is Extract<Resource, { resourceType: T }> => resource.resourceType === resourceType);
}
