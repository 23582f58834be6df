import { randomUUID } from 'node:crypto';
import { CaseReferred, createEnvelope } from '@rehab/contracts';
import { toLiveEvent } from './live-events';

describe('toLiveEvent', () => {
  it('should name the case and never carry the payload when a case event arrives', () => {
    const caseId = randomUUID();
    const envelope = createEnvelope(
      CaseReferred,
      {
        caseId,
        personId: randomUUID(),
        caseType: 'flex-job',
        coordinatingCaseworkerId: 'cw-1',
        requiredDepartments: ['job-centre'],
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
        referredAt: new Date().toISOString(),
      },
      {
        correlationId: 'c',
        causationId: null,
        actor: { kind: 'user', id: 'cw-1' },
        subjectId: randomUUID(),
        caseId,
        municipality: '101',
      },
    );
    const event = toLiveEvent(JSON.parse(JSON.stringify(envelope)));
    expect(event).toEqual({
      type: 'job-centre.case-referred',
      caseId,
      meetingId: null,
      municipality: '101',
      occurredAt: envelope.occurredAt,
    });
  });

  it('should name the meeting when a meeting event arrives', () => {
    const meetingId = randomUUID();
    const event = toLiveEvent({
      eventId: randomUUID(),
      type: 'meeting.meeting-scheduled',
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: 'c',
      causationId: null,
      actor: { kind: 'user', id: 'chair-1' },
      meetingId,
      municipality: '101',
      payload: {},
    });
    expect(event?.meetingId).toBe(meetingId);
    expect(event?.caseId).toBeNull();
  });

  it('should give nothing when the message is not an envelope', () => {
    expect(toLiveEvent({ hello: 'world' })).toBeNull();
  });
});
