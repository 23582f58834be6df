import { randomUUID } from 'node:crypto';
import { CaseReferred } from '@rehab/contracts';
import { type ErrorBody, fullAttendance, type MeetingHarness, startMeeting } from './meeting.harness';
import { eventually } from '../../support/environment';

interface MeetingView {
  meetingId: string;
  startsAt: string;
  capacity: number;
  slotMinutes: number;
  agendaPublishesAt: string;
  seriesId: string | null;
  agenda: { caseId: string; late: boolean }[];
}

const aSeries = (overrides: Record<string, unknown> = {}) => ({
  municipality: '101',
  startsAt: '2099-01-06T09:00:00+01:00',
  chairId: 'chair-1',
  intervalDays: 7,
  occurrences: 2,
  capacity: 1,
  slotMinutes: 60,
  ...overrides,
});

describe('meeting calendar over HTTP (real PostgreSQL)', () => {
  describe('scheduling by hand', () => {
    let harness: MeetingHarness;

    beforeAll(async () => {
      harness = await startMeeting({ settings: { MEETING_AGENDA_LEAD_HOURS: '48' } });
    });

    afterAll(async () => {
      await harness.close();
    });

    it('should place cases on the next meeting with room and refuse when every meeting is full', async () => {
      const series = await harness.request<MeetingView[]>('POST', '/api/meetings/series', aSeries());
      expect(series.status).toBe(201);
      expect(series.body.map((meeting) => meeting.capacity)).toEqual([1, 1]);
      expect(series.body[0]?.agendaPublishesAt).toBe('2099-01-04T08:00:00.000Z');
      const [first, second] = series.body;

      const placed: { meetingId: string }[] = [];
      for (let index = 0; index < 2; index += 1) {
        const caseId = await harness.completeDossier();
        const answer = await harness.request<{ meetingId: string }>('POST', '/api/meetings/next-with-room/cases', {
          caseId,
        });
        expect(answer.status).toBe(201);
        placed.push(answer.body);
      }
      expect(placed.map((placement) => placement.meetingId)).toEqual([first?.meetingId, second?.meetingId]);

      const third = await harness.completeDossier();
      const refused = await harness.request<ErrorBody>('POST', '/api/meetings/next-with-room/cases', { caseId: third });
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/No coming meeting/);
    });

    it('should answer 400 naming the field when a slot is longer than 60 minutes', async () => {
      const refused = await harness.request<ErrorBody>('POST', '/api/meetings', {
        municipality: '101',
        startsAt: '2099-02-01T09:00:00+01:00',
        chairId: 'chair-1',
        slotMinutes: 90,
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('slotMinutes');
    });

    it('should flag a case as late when it is added after the agenda went out', async () => {
      const caseId = await harness.completeDossier();
      const soon = await harness.request<MeetingView>('POST', '/api/meetings', {
        municipality: '147',
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        chairId: 'chair-1',
      });
      const other = await harness.request<ErrorBody>('POST', `/api/meetings/${soon.body.meetingId}/cases`, { caseId });
      expect(other.status).toBe(422);
      const own = await harness.request<MeetingView>('POST', '/api/meetings', {
        municipality: '101',
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        chairId: 'chair-1',
      });
      const placed = await harness.request<{ late: boolean }>('POST', `/api/meetings/${own.body.meetingId}/cases`, {
        caseId,
      });
      expect(placed.status).toBe(201);
      expect(placed.body.late).toBe(true);
    });
  });

  describe('automatic scheduling', () => {
    let harness: MeetingHarness;

    beforeAll(async () => {
      harness = await startMeeting({ settings: { MEETING_AUTO_SCHEDULING: 'true' } });
    });

    afterAll(async () => {
      await harness.close();
    });

    it('should put a referred case on the next meeting before its dossier is complete', async () => {
      // Later than the other test's series, so each case finds its own series' first meeting.
      const series = await harness.request<MeetingView[]>(
        'POST',
        '/api/meetings/series',
        aSeries({ capacity: 5, startsAt: '2100-01-05T09:00:00+01:00' }),
      );
      const first = series.body[0]?.meetingId ?? '';
      const caseId = randomUUID();
      await harness.publish(
        CaseReferred,
        {
          caseId,
          personId: randomUUID(),
          caseType: 'flex-job',
          coordinatingCaseworkerId: 'cw-1',
          requiredDepartments: ['job-centre', 'company-consultant'],
          generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
          referredAt: new Date().toISOString(),
        },
        caseId,
      );

      await eventually(
        async () =>
          (await harness.request<MeetingView>('GET', `/api/meetings/${first}`)).body.agenda.some(
            (item) => item.caseId === caseId,
          ),
        { what: 'the referred case to be put on the first meeting' },
      );
      const dossier = await harness.request<{ status: string }>('GET', `/api/dossiers/${caseId}`);
      expect(dossier.body.status).toBe('incomplete');
    });

    it('should put a completed case on the next meeting and a returned case on the one after', async () => {
      const series = await harness.request<MeetingView[]>('POST', '/api/meetings/series', aSeries({ capacity: 5 }));
      const [first, second] = series.body;
      const caseId = await harness.completeDossier();
      const agendaOf = async (meetingId: string | undefined) =>
        (await harness.request<MeetingView>('GET', `/api/meetings/${meetingId}`)).body.agenda.map(
          (item) => item.caseId,
        );

      await eventually(async () => (await agendaOf(first?.meetingId)).includes(caseId), {
        what: 'the case to be put on the first meeting',
      });

      const meetingId = first?.meetingId ?? '';
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
      await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, {
        outcome: 'resource-programme',
        text: 'Ressourceforløb.',
        adoptedBy: 'chair-1',
      });
      const decided = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/decision`, {
        outcome: 'job-clarification',
        decidedBy: 'dm-1',
        decidedAtMeeting: true,
        deviationReason: 'Helbredet er ikke afklaret nok til et ressourceforløb.',
      });
      expect(decided.status).toBe(201);

      await eventually(async () => (await agendaOf(second?.meetingId)).includes(caseId), {
        what: 'the returned case to be put on the next meeting',
      });
    });
  });
});
