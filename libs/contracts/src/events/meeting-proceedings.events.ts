import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { StaffIdSchema, TextSchema } from '../vocabulary';

/** Who sits on the rehabilitation team at a meeting. */
export const MEETING_MEMBER_ROLES = [
  'chair', // mødeleder
  'minute-taker', // referent
  'employment',
  'health',
  'social',
  'education',
  'region-health-coordinator',
  'company-consultant',
  'decision-maker',
] as const;
export const MeetingMemberRoleSchema = z.enum(MEETING_MEMBER_ROLES);

const QuorumSchema = z.object({
  hasQuorum: z.boolean(),
  missingRoles: z.array(MeetingMemberRoleSchema),
});

/*
 * A meeting's own events travel on the meeting stream: the envelope carries the meeting id
 * (also the Kafka key) instead of a case and a citizen, because they concern neither.
 */

/** A meeting was put in the municipality's calendar, alone or as one of a recurring series. */
export const MeetingScheduled = defineEvent({
  type: 'meeting.meeting-scheduled',
  schemaVersion: 1,
  topic: Topics.meetingProceedings,
  stream: 'meeting',
  payload: z.object({
    meetingId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    chairId: StaffIdSchema,
    capacity: z.number().int().positive(),
    slotMinutes: z.number().int().positive(),
    agendaPublishesAt: z.iso.datetime({ offset: true }),
    seriesId: z.uuid().nullable(),
    scheduledAt: z.iso.datetime({ offset: true }),
  }),
});

/** One member's attendance, and the meeting's quorum as it stands after it. */
export const MeetingAttendanceRecorded = defineEvent({
  type: 'meeting.attendance-recorded',
  schemaVersion: 1,
  topic: Topics.meetingProceedings,
  stream: 'meeting',
  payload: z.object({
    meetingId: z.uuid(),
    role: MeetingMemberRoleSchema,
    staffId: StaffIdSchema,
    present: z.boolean(),
    recordedAt: z.iso.datetime({ offset: true }),
    quorum: QuorumSchema,
  }),
});

/** The chair let a meeting without quorum adopt a recommendation, and recorded why. */
export const MeetingQuorumOverridden = defineEvent({
  type: 'meeting.quorum-overridden',
  schemaVersion: 1,
  topic: Topics.meetingProceedings,
  stream: 'meeting',
  payload: z.object({
    meetingId: z.uuid(),
    /** The case whose recommendation was adopted without quorum (a pseudonymous id). */
    caseId: z.uuid(),
    recommendationId: z.uuid(),
    chairId: StaffIdSchema,
    reason: TextSchema,
    missingRoles: z.array(MeetingMemberRoleSchema).min(1),
    overriddenAt: z.iso.datetime({ offset: true }),
  }),
});

/** The chair opened the meeting: the first step of the order of business. */
export const MeetingOpened = defineEvent({
  type: 'meeting.meeting-opened',
  schemaVersion: 1,
  topic: Topics.meetingProceedings,
  stream: 'meeting',
  payload: z.object({
    meetingId: z.uuid(),
    sequence: z.number().int().positive(),
    recordedBy: StaffIdSchema,
    openedAt: z.iso.datetime({ offset: true }),
  }),
});

/** The case list went out at the agenda's lead time before the meeting. */
export const AgendaPublished = defineEvent({
  type: 'meeting.agenda-published',
  schemaVersion: 1,
  topic: Topics.meetingProceedings,
  stream: 'meeting',
  payload: z.object({
    meetingId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    agendaPublishesAt: z.iso.datetime({ offset: true }),
    publishedAt: z.iso.datetime({ offset: true }),
    cases: z.array(
      z.object({
        caseId: z.uuid(),
        placedAt: z.iso.datetime({ offset: true }),
        /** Placed after the agenda's lead time had passed: an exception the team should see. */
        late: z.boolean(),
      }),
    ),
  }),
});

export const MEETING_PROCEEDINGS_EVENTS = [
  MeetingScheduled,
  MeetingAttendanceRecorded,
  MeetingQuorumOverridden,
  MeetingOpened,
  AgendaPublished,
] as const;
