import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export const MunicipalityCodeSchema = z
  .string()
  .regex(/^\d{3}$/, 'must be a three-digit Danish municipality code (kommunekode)');

export const ActorSchema = z.object({
  kind: z.enum(['user', 'service']),
  /** A staff id or a service name. Never a citizen's CPR number. */
  id: z.string().min(1).max(200),
  role: z.string().min(1).max(100).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/** The one envelope every event travels in, whatever its type. */
export const EnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().regex(/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/, 'must look like "service.event-name"'),
  schemaVersion: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200).nullable(),
  actor: ActorSchema,
  /** Pseudonymous person id of the citizen the event concerns. */
  subjectId: z.uuid(),
  /** The case the event belongs to; it is also the Kafka key, so one case's events stay in order. */
  caseId: z.uuid(),
  municipality: MunicipalityCodeSchema,
  payload: z.unknown(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof EnvelopeSchema>, 'payload'> & {
  payload: P;
};

/**
 * The envelope of a meeting's own events (attendance, the opening, the agenda going out): they
 * concern no single case and no citizen, so they carry the meeting id, which is also their
 * Kafka key, instead of a case id and a subject id. See docs/adr/0004-meeting-stream-envelope.md.
 */
export const MeetingEnvelopeSchema = EnvelopeSchema.omit({ subjectId: true, caseId: true }).extend({
  meetingId: z.uuid(),
});

export type MeetingEventEnvelope<P = unknown> = Omit<z.infer<typeof MeetingEnvelopeSchema>, 'payload'> & {
  payload: P;
};

/** Whatever a consumer may read from a topic: a case's event or a meeting's own. */
export type AnyEventEnvelope<P = unknown> = EventEnvelope<P> | MeetingEventEnvelope<P>;

/** The Kafka key that keeps one stream's events in order: the case id, or the meeting id. */
export function streamKeyOf(envelope: AnyEventEnvelope): string {
  return 'caseId' in envelope ? envelope.caseId : envelope.meetingId;
}

export interface EnvelopeMetadata {
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  subjectId: string;
  caseId: string;
  municipality: string;
  occurredAt?: Date;
  eventId?: string;
}

export function newEventId(): string {
  return randomUUID();
}

export interface MeetingEnvelopeMetadata {
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  meetingId: string;
  municipality: string;
  occurredAt?: Date;
  eventId?: string;
}
