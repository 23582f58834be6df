import { randomInt } from 'node:crypto';
import { type ErrorBody, type MeetingHarness, startMeeting } from './meeting.harness';

interface MeetingView {
  meetingId: string;
  municipality: string;
  startsAt: string;
  agenda: { caseId: string }[];
}

/** The calendar the web pages read: a municipality's meetings, earliest first. */
describe('listing a municipality’s meetings over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;
  // A municipality code no other test schedules in, so the list holds only this test's meetings.
  const municipality = '997';

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  // A time of day of this run alone, so meetings of earlier runs in the same database never tie with these.
  const time = [randomInt(0, 24), randomInt(0, 60), randomInt(0, 60)]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');

  const schedule = async (startsAt: string, inMunicipality = municipality) => {
    const answer = await harness.request<MeetingView>('POST', '/api/meetings', {
      municipality: inMunicipality,
      startsAt,
      chairId: 'chair-1',
    });
    expect(answer.status).toBe(201);
    return answer.body;
  };

  it('should list the municipality’s meetings earliest first, from a moment on, when asked', async () => {
    const later = await schedule(`2099-03-10T${time}+00:00`);
    const earlier = await schedule(`2099-03-03T${time}+00:00`);
    const past = await schedule(`2020-03-03T${time}+00:00`);
    await schedule(`2099-03-04T${time}+00:00`, '996');

    const all = await harness.request<MeetingView[]>('GET', `/api/meetings?municipality=${municipality}`);
    expect(all.status).toBe(200);
    // The database may hold meetings of earlier runs: look at this run's, and at the order of all.
    const mine = new Set([past.meetingId, earlier.meetingId, later.meetingId]);
    expect(all.body.filter((meeting) => mine.has(meeting.meetingId)).map((meeting) => meeting.meetingId)).toEqual([
      past.meetingId,
      earlier.meetingId,
      later.meetingId,
    ]);
    expect(all.body.every((meeting) => meeting.municipality === municipality)).toBe(true);
    const starts = all.body.map((meeting) => Date.parse(meeting.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const coming = await harness.request<MeetingView[]>(
      'GET',
      `/api/meetings?municipality=${municipality}&from=${encodeURIComponent(`2099-03-03T${time}+00:00`)}&limit=1`,
    );
    expect(coming.body.map((meeting) => meeting.meetingId)).toEqual([earlier.meetingId]);
    expect(coming.body[0]?.agenda).toEqual([]);
  });

  it('should answer 400 with the reason when the municipality or the moment is malformed', async () => {
    const noMunicipality = await harness.request<ErrorBody>('GET', '/api/meetings');
    expect(noMunicipality.status).toBe(400);
    expect(JSON.stringify(noMunicipality.body.message)).toMatch(/municipality/);
    const badMoment = await harness.request<ErrorBody>(
      'GET',
      `/api/meetings?municipality=${municipality}&from=yesterday`,
    );
    expect(badMoment.status).toBe(400);
    expect(JSON.stringify(badMoment.body.message)).toMatch(/from/);
  });
});
