import {
  AgendaPublished,
  CaseProceedingStepRecorded,
  CaseScheduled,
  CitizenAttendanceRecorded,
  MeetingAttendanceRecorded,
  MeetingOpened,
  MeetingQuorumOverridden,
  MeetingScheduled,
  RecommendationAdopted,
} from '@rehab/contracts';
import type { Outbox } from '@rehab/messaging';
import { Meeting, type DossierReadiness } from '../domain/meeting.aggregate';
import { MeetingEventsPublisher } from './meeting-events.publisher';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const PERSON_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';
const NOW = new Date('2026-11-10T09:00:00Z');

const readyDossier: DossierReadiness = {
  caseId: CASE_ID,
  personId: PERSON_ID,
  municipality: '101',
  status: 'complete',
  missingDepartments: [],
};

const aMeeting = () =>
  Meeting.schedule({ municipality: '101', startsAt: new Date('2026-11-12T09:00:00Z'), chairId: 'chair-1', now: NOW });

describe('MeetingEventsPublisher', () => {
  const outbox = { publish: jest.fn() };
  const publisher = new MeetingEventsPublisher(outbox as unknown as Outbox);
  const published = () => outbox.publish.mock.calls as [unknown, Record<string, unknown>, Record<string, unknown>][];

  beforeEach(() => outbox.publish.mockReset());

  it('should announce a scheduled meeting on the meeting stream, keyed by the meeting, when a meeting is scheduled', async () => {
    const meeting = aMeeting();
    await publisher.publish(meeting, meeting.pullEvents());
    expect(published()).toEqual([
      [
        MeetingScheduled,
        {
          meetingId: meeting.id,
          startsAt: '2026-11-12T09:00:00.000Z',
          chairId: 'chair-1',
          capacity: 5,
          slotMinutes: 45,
          agendaPublishesAt: '2026-11-11T09:00:00.000Z',
          seriesId: null,
          scheduledAt: NOW.toISOString(),
        },
        { meetingId: meeting.id, municipality: '101' },
      ],
    ]);
    expect(MeetingScheduled.payload.parse(published()[0][1])).toEqual(published()[0][1]);
  });

  it('should announce attendance with the quorum on the meeting stream when a member is recorded', async () => {
    const meeting = aMeeting();
    meeting.pullEvents();
    meeting.recordAttendance({ role: 'chair', staffId: 'chair-1', present: true }, NOW);
    await publisher.publish(meeting, meeting.pullEvents());
    const [[definition, payload, subject]] = published();
    expect(definition).toBe(MeetingAttendanceRecorded);
    expect(payload).toMatchObject({ role: 'chair', staffId: 'chair-1', present: true, quorum: { hasQuorum: false } });
    expect(subject).toEqual({ meetingId: meeting.id, municipality: '101' });
    expect(MeetingAttendanceRecorded.payload.safeParse(payload).success).toBe(true);
  });

  it('should put the opening on the meeting stream and a case’s steps on the case’s stream when the order of business is recorded', async () => {
    const meeting = aMeeting();
    meeting.placeCaseOnAgenda(readyDossier, false, NOW);
    meeting.pullEvents();
    meeting.recordProceedingStep({ step: 'opened', caseId: null, recordedBy: 'chair-1' }, NOW);
    meeting.recordProceedingStep({ step: 'presentation', caseId: CASE_ID, recordedBy: 'chair-1' }, NOW);
    await publisher.publish(meeting, meeting.pullEvents());
    expect(published().map(([definition, payload, subject]) => [definition, payload.sequence, subject])).toEqual([
      [MeetingOpened, 1, { meetingId: meeting.id, municipality: '101' }],
      [CaseProceedingStepRecorded, 2, { caseId: CASE_ID, subjectId: PERSON_ID, municipality: '101' }],
    ]);
    expect(CaseProceedingStepRecorded.payload.parse(published()[1][1])).toMatchObject({ step: 'presentation' });
  });

  it('should announce whether the citizen took part without the reason or the supporter’s name when the citizen is recorded absent', async () => {
    const meeting = aMeeting();
    meeting.placeCaseOnAgenda(readyDossier, false, NOW);
    meeting.pullEvents();
    meeting.recordCitizenAttendance(CASE_ID, { present: false, absenceReason: 'Indlagt', supporter: 'Søster' }, NOW);
    await publisher.publish(meeting, meeting.pullEvents());
    const [[definition, payload]] = published();
    expect(definition).toBe(CitizenAttendanceRecorded);
    expect(payload).toEqual({
      caseId: CASE_ID,
      meetingId: meeting.id,
      present: false,
      absenceReasonRecorded: true,
      supporterPresent: true,
      recordedAt: NOW.toISOString(),
    });
    expect(JSON.stringify(payload)).not.toMatch(/Indlagt|Søster/);
  });

  it('should announce the quorum override on the meeting stream after the recommendation when the chair adopts without quorum', async () => {
    const meeting = aMeeting();
    meeting.placeCaseOnAgenda(readyDossier, false, NOW);
    meeting.recordAttendance({ role: 'chair', staffId: 'chair-1', present: true }, NOW);
    meeting.pullEvents();
    meeting.adoptRecommendation(
      CASE_ID,
      {
        outcome: 'flex-job',
        text: 'Fleksjob.',
        adoptedBy: 'chair-1',
        quorumOverrideReason: 'Ill.',
        dossier: readyDossier,
      },
      NOW,
    );
    await publisher.publish(meeting, meeting.pullEvents());
    expect(published().map(([definition]) => definition)).toEqual([RecommendationAdopted, MeetingQuorumOverridden]);
    const [, payload, subject] = published()[1];
    expect(payload).toMatchObject({ caseId: CASE_ID, chairId: 'chair-1', reason: 'Ill.' });
    expect(subject).toEqual({ meetingId: meeting.id, municipality: '101' });
    expect(MeetingQuorumOverridden.payload.safeParse(payload).success).toBe(true);
  });

  it('should list the cases with their late flags when the agenda goes out, and flag a case placed afterwards as late', async () => {
    const meeting = aMeeting();
    meeting.placeCaseOnAgenda(readyDossier, false, NOW);
    meeting.pullEvents();
    const publishedAt = new Date('2026-11-11T09:00:00Z');
    meeting.publishAgendaIfDue(publishedAt);
    meeting.placeCaseOnAgenda(
      { ...readyDossier, caseId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
      false,
      new Date('2026-11-11T10:00:00Z'),
    );
    await publisher.publish(meeting, meeting.pullEvents());
    expect(published().map(([definition, payload]) => [(definition as { type: string }).type, payload])).toEqual([
      [
        AgendaPublished.type,
        {
          meetingId: meeting.id,
          startsAt: '2026-11-12T09:00:00.000Z',
          agendaPublishesAt: '2026-11-11T09:00:00.000Z',
          publishedAt: publishedAt.toISOString(),
          cases: [{ caseId: CASE_ID, placedAt: NOW.toISOString(), late: false }],
        },
      ],
      [
        CaseScheduled.type,
        {
          caseId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          meetingId: meeting.id,
          startsAt: '2026-11-12T09:00:00.000Z',
          late: true,
        },
      ],
    ]);
  });
});
