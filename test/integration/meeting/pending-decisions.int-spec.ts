import { fullAttendance, type ErrorBody, type MeetingHarness, startMeeting } from './meeting.harness';

interface PendingDecisionItem {
  caseId: string;
  meetingId: string;
  meetingStartsAt: string;
  recommendation: { outcome: string; adoptedAt: string };
  pendingDecision: { owner: string; dueDate: string } | null;
}

/** The decision maker's queue the web pages read: recommended cases without a decision. */
describe('listing the decisions still to be taken over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function recommend(meetingId: string, caseId: string): Promise<void> {
    const adopted = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, {
      outcome: 'resource-programme',
      text: 'Teamet indstiller et ressourceforløb.',
      adoptedBy: 'chair-1',
    });
    expect(adopted.status).toBe(201);
  }

  it('should list recommended cases without a decision, deferred ones by due date first, when asked', async () => {
    const atMeeting = await harness.completeDossier();
    const deferredLater = await harness.completeDossier();
    const deferredSooner = await harness.completeDossier();
    const decided = await harness.completeDossier();
    const notRecommended = await harness.completeDossier();
    const meetingId = await harness.meetingWith(atMeeting);
    for (const caseId of [deferredLater, deferredSooner, decided, notRecommended]) {
      expect((await harness.request('POST', `/api/meetings/${meetingId}/cases`, { caseId })).status).toBe(201);
    }
    await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
    for (const caseId of [atMeeting, deferredLater, deferredSooner, decided]) await recommend(meetingId, caseId);
    for (const [caseId, dueDate] of [
      [deferredLater, '2027-01-20'],
      [deferredSooner, '2027-01-06'],
    ] as const) {
      const deferred = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/decision/pending`, {
        owner: 'dm-2',
        dueDate,
      });
      expect(deferred.status).toBe(201);
    }
    const decision = await harness.request('POST', `/api/meetings/${meetingId}/cases/${decided}/decision`, {
      outcome: 'resource-programme',
      decidedBy: 'dm-1',
      decidedAtMeeting: true,
    });
    expect(decision.status).toBe(201);

    const pending = await harness.request<PendingDecisionItem[]>('GET', '/api/decisions/pending?municipality=101');

    expect(pending.status).toBe(200);
    expect(pending.body.map((item) => item.caseId)).toEqual([deferredSooner, deferredLater, atMeeting]);
    expect(pending.body[0]).toEqual({
      caseId: deferredSooner,
      meetingId,
      meetingStartsAt: '2026-12-03T08:00:00.000Z',
      recommendation: { outcome: 'resource-programme', adoptedAt: expect.any(String) as string },
      pendingDecision: { owner: 'dm-2', dueDate: '2027-01-06' },
    });
    expect(pending.body[2]?.pendingDecision).toBeNull();

    const limited = await harness.request<PendingDecisionItem[]>(
      'GET',
      '/api/decisions/pending?municipality=101&limit=1',
    );
    expect(limited.body.map((item) => item.caseId)).toEqual([deferredSooner]);
    const elsewhere = await harness.request<PendingDecisionItem[]>('GET', '/api/decisions/pending?municipality=147');
    expect(elsewhere.body).toEqual([]);
  });

  it('should answer 400 with the reason when the municipality or the limit is malformed', async () => {
    const noMunicipality = await harness.request<ErrorBody>('GET', '/api/decisions/pending');
    expect(noMunicipality.status).toBe(400);
    expect(JSON.stringify(noMunicipality.body)).toMatch(/municipality/);
    const badLimit = await harness.request<ErrorBody>('GET', '/api/decisions/pending?municipality=101&limit=0');
    expect(badLimit.status).toBe(400);
    expect(JSON.stringify(badLimit.body)).toMatch(/limit must be at least 1/);
  });
});
