import { randomUUID } from 'node:crypto';
import { OutcomeMessageAcknowledged, OutcomeMessageSent } from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { type ErrorBody, fullAttendance, type MeetingHarness, startMeeting } from './meeting.harness';

interface StatisticsView {
  municipality: string;
  referralToMeeting: { count: number; averageDays: number | null };
  meetingToDecision: { count: number };
  decisionToGpAcknowledgement: { count: number };
  recommendedOutcomes: { outcome: string; count: number }[];
  decidedOutcomes: { outcome: string; count: number }[];
  decisionsAgainstRecommendation: number;
  quorumHistory: { meetingId: string; hasQuorum: boolean; missingRoles: string[]; quorumOverrides: number }[];
}

describe('statistics per municipality over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('should report timelines, outcomes and quorum history of the municipality only', async () => {
    const held = async (attendance: ReturnType<typeof fullAttendance>, recommendation: Record<string, unknown>) => {
      const caseId = await harness.completeDossier();
      const meeting = await harness.request<{ meetingId: string }>('POST', '/api/meetings', {
        municipality: '101',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        chairId: 'chair-1',
      });
      const { meetingId } = meeting.body;
      await harness.request('POST', `/api/meetings/${meetingId}/cases`, { caseId });
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, attendance);
      const adopted = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, {
        outcome: 'resource-programme',
        text: 'Ressourceforløb.',
        adoptedBy: 'chair-1',
        ...recommendation,
      });
      expect(adopted.status).toBe(201);
      const decided = await harness.request<{ decisionId: string; decidedAt: string }>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/decision`,
        { outcome: 'resource-programme', decidedBy: 'dm-1', decidedAtMeeting: true },
      );
      expect(decided.status).toBe(201);
      return { meetingId, caseId, decision: decided.body };
    };
    const { meetingId: withQuorum, caseId, decision } = await held(fullAttendance(), {});
    const { meetingId: withoutQuorum } = await held(
      fullAttendance([{ role: 'health', staffId: 'health-1', present: false }]),
      {
        quorumOverrideReason: 'Sundhedsmedlemmet blev syg; den skriftlige vurdering er entydig.',
      },
    );

    // The GP acknowledges the outcome message two days after the decision.
    const messageHeaderId = randomUUID();
    const decidedAt = new Date(decision.decidedAt);
    await harness.publish(
      OutcomeMessageSent,
      {
        caseId,
        decisionId: decision.decisionId,
        bundleId: randomUUID(),
        messageHeaderId,
        recipientSorCode: '123456789012',
        sentAt: decidedAt.toISOString(),
      },
      caseId,
    );
    await harness.publish(
      OutcomeMessageAcknowledged,
      {
        caseId,
        messageHeaderId,
        code: 'ok',
        acknowledgedAt: new Date(decidedAt.getTime() + 2 * 86_400_000).toISOString(),
      },
      caseId,
    );
    await eventually(
      async () =>
        (await harness.request<StatisticsView>('GET', '/api/statistics?municipality=101')).body
          .decisionToGpAcknowledgement.count === 1,
      { what: 'the GP acknowledgement to be recorded' },
    );

    const { status, body } = await harness.request<StatisticsView>('GET', '/api/statistics?municipality=101');

    expect(status).toBe(200);
    expect(body.referralToMeeting.count).toBe(2);
    expect(body.meetingToDecision.count).toBe(2);
    expect(body.decisionToGpAcknowledgement).toMatchObject({ count: 1, averageDays: 2 });
    expect(body.recommendedOutcomes).toEqual([{ outcome: 'resource-programme', count: 2 }]);
    expect(body.decidedOutcomes).toEqual([{ outcome: 'resource-programme', count: 2 }]);
    expect(body.decisionsAgainstRecommendation).toBe(0);
    expect(body.quorumHistory).toEqual(
      expect.arrayContaining([
        {
          meetingId: withQuorum,
          startsAt: expect.any(String) as unknown,
          hasQuorum: true,
          missingRoles: [],
          quorumOverrides: 0,
        },
        {
          meetingId: withoutQuorum,
          startsAt: expect.any(String) as unknown,
          hasQuorum: false,
          missingRoles: ['health'],
          quorumOverrides: 1,
        },
      ]),
    );

    const other = await harness.request<StatisticsView>('GET', '/api/statistics?municipality=147');
    expect(other.body).toMatchObject({ referralToMeeting: { count: 0 }, recommendedOutcomes: [], quorumHistory: [] });
  });

  it('should answer 400 naming the field when the municipality is not a three-digit code', async () => {
    const refused = await harness.request<ErrorBody>('GET', '/api/statistics?municipality=1');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('municipality');
  });
});
