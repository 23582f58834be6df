import { randomUUID } from 'node:crypto';
import { ContractViolation, createEnvelope } from '../event-definition';
import { CaseScheduled } from './meeting.events';
import { MeetingOpened } from './meeting-proceedings.events';
import { decodeEvent } from './registry';

const MEETING_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';
const SUBJECT_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';
const actor = { kind: 'user' as const, id: 'chair-1' };

const opened = () =>
  createEnvelope(
    MeetingOpened,
    { meetingId: MEETING_ID, sequence: 1, recordedBy: 'chair-1', openedAt: '2026-11-12T09:00:00.000Z' },
    { correlationId: randomUUID(), causationId: null, actor, meetingId: MEETING_ID, municipality: '101' },
  );

const scheduled = () =>
  createEnvelope(
    CaseScheduled,
    { caseId: CASE_ID, meetingId: MEETING_ID, startsAt: '2026-11-12T09:00:00.000Z' },
    {
      correlationId: randomUUID(),
      causationId: null,
      actor,
      subjectId: SUBJECT_ID,
      caseId: CASE_ID,
      municipality: '101',
    },
  );

function violation(work: () => unknown): ContractViolation {
  try {
    work();
  } catch (error) {
    if (error instanceof ContractViolation) return error;
    throw error;
  }
  throw new Error('expected a ContractViolation');
}

describe('the meeting stream envelope', () => {
  it('should carry the meeting id and neither a case nor a subject when a meeting’s own event is created', () => {
    const envelope = opened();
    expect(envelope.meetingId).toBe(MEETING_ID);
    expect(Object.keys(envelope)).not.toEqual(expect.arrayContaining(['caseId']));
    expect(Object.keys(envelope)).not.toEqual(expect.arrayContaining(['subjectId']));
  });

  it('should read a meeting’s event back through the same decoder when it is on the meeting proceedings topic', () => {
    const envelope = opened();
    expect(decodeEvent(JSON.stringify(envelope), 'rehab.meeting.meeting-proceedings.v1')).toEqual(envelope);
  });

  it('should keep a case event’s envelope as it was when a case event is created and read', () => {
    const envelope = scheduled();
    expect(Object.keys(envelope)).toEqual([
      'eventId',
      'type',
      'schemaVersion',
      'occurredAt',
      'correlationId',
      'causationId',
      'actor',
      'subjectId',
      'caseId',
      'municipality',
      'payload',
    ]);
    expect(decodeEvent(JSON.stringify(envelope), 'rehab.meeting.meeting-events.v1')).toEqual(envelope);
  });

  it('should refuse a meeting’s event when it has no meeting id', () => {
    const withoutMeeting: Record<string, unknown> = { ...opened() };
    delete withoutMeeting.meetingId;
    const error = violation(() => decodeEvent(JSON.stringify(withoutMeeting), 'rehab.meeting.meeting-proceedings.v1'));
    expect(error.message).toMatch(/not a valid event envelope: meetingId/);
  });

  it('should refuse a case event when it travels in a meeting envelope without its case', () => {
    const caseless: Record<string, unknown> = { ...scheduled() };
    delete caseless.caseId;
    delete caseless.subjectId;
    const error = violation(() =>
      decodeEvent(JSON.stringify({ ...caseless, meetingId: MEETING_ID }), 'rehab.meeting.meeting-events.v1'),
    );
    expect(error.message).toMatch(/not a valid event envelope: .*caseId/);
  });

  it('should refuse a meeting’s event when it is on a case topic', () => {
    const error = violation(() => decodeEvent(JSON.stringify(opened()), 'rehab.meeting.meeting-events.v1'));
    expect(error.message).toMatch(/does not belong on topic/);
  });

  it('should refuse to create a meeting’s event when the meeting id is not a uuid', () => {
    expect(() =>
      createEnvelope(
        MeetingOpened,
        { meetingId: MEETING_ID, sequence: 1, recordedBy: 'chair-1', openedAt: '2026-11-12T09:00:00.000Z' },
        { correlationId: 'c', causationId: null, actor, meetingId: 'not-a-uuid', municipality: '101' },
      ),
    ).toThrow(/envelope of meeting.meeting-opened is invalid: meetingId/);
  });
});
