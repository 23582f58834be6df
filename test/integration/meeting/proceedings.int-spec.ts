import { type ErrorBody, type MeetingHarness, startMeeting } from './meeting.harness';

interface StepBody {
  sequence: number;
  step: string;
  caseId: string | null;
  recordedBy: string;
  recordedAt: string;
}

describe('the order of business over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  const step = (meetingId: string, body: Record<string, unknown>) =>
    harness.request<StepBody & ErrorBody>('POST', `/api/meetings/${meetingId}/proceedings`, {
      recordedBy: 'minute-taker-1',
      ...body,
    });

  it('should record each step with its time and show them on the meeting when they come in order', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);

    for (const body of [
      { step: 'opened' },
      { step: 'presentation', caseId },
      { step: 'dialogue', caseId },
      { step: 'conclusion', caseId },
      { step: 'citizen-questions', caseId },
    ]) {
      expect((await step(meetingId, body)).status).toBe(201);
    }

    const meeting = await harness.request<{ proceedings: StepBody[] }>('GET', `/api/meetings/${meetingId}`);
    expect(meeting.body.proceedings.map((taken) => [taken.sequence, taken.step, taken.caseId])).toEqual([
      [1, 'opened', null],
      [2, 'presentation', caseId],
      [3, 'dialogue', caseId],
      [4, 'conclusion', caseId],
      [5, 'citizen-questions', caseId],
    ]);
    expect(Number.isNaN(Date.parse(meeting.body.proceedings[0].recordedAt))).toBe(false);
  });

  it('should refuse with 422 and store nothing when a step is out of order', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);

    const beforeOpening = await step(meetingId, { step: 'presentation', caseId });
    expect(beforeOpening.status).toBe(422);
    expect(beforeOpening.body.message).toMatch(/must open the meeting before the presentation/);

    await step(meetingId, { step: 'opened' });
    await step(meetingId, { step: 'presentation', caseId });
    const skipped = await step(meetingId, { step: 'conclusion', caseId });
    expect(skipped.status).toBe(422);
    expect(skipped.body.message).toMatch(/next step is dialogue, not conclusion/);

    const rows = await harness.query<{ step: string }>(
      'SELECT step FROM $schema.meeting_proceeding_step WHERE meeting_id = $1 ORDER BY sequence',
      [meetingId],
    );
    expect(rows.map((row) => row.step)).toEqual(['opened', 'presentation']);
  });

  it('should answer 400 naming the fields when the step is unknown', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);
    const refused = await step(meetingId, { step: 'lunch', caseId: 'not-a-uuid', recordedBy: '' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['step', 'caseId', 'recordedBy']),
    );
  });

  it('should answer 404 when the meeting does not exist', async () => {
    expect((await step('6b0a6a3e-0b1c-4d2e-8f3a-4b5c6d7e8f90', { step: 'opened' })).status).toBe(404);
  });
});
