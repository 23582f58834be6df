import { CaseReturnedToTeam, DecisionPending, RecommendationAdopted } from '@rehab/contracts';
import { type ErrorBody, fullAttendance, type MeetingHarness, publishedEvent, startMeeting } from './meeting.harness';

const pensionGrounds = {
  employmentFactors: 'Ingen tilknytning til arbejdsmarkedet i 6 år trods tre praktikker.',
  socialFactors: 'Bor alene med socialpædagogisk støtte.',
  healthFactors: 'Progressiv sklerose med udtalt træthed.',
  workCapacityReasoning: 'Sygdommen er progressiv, og alle indsatser er afprøvet; arbejdsevnen er varigt nedsat.',
};

const aRecommendation = (overrides: Record<string, unknown> = {}) => ({
  outcome: 'resource-programme',
  text: 'Teamet indstiller et ressourceforløb på 2 år med virksomhedspraktik.',
  adoptedBy: 'chair-1',
  ...overrides,
});

describe('meeting rules over HTTP (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  describe('quorum', () => {
    it('should refuse the recommendation with 422 and store nothing when the meeting has no quorum', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, {
        members: [
          { role: 'chair', staffId: 'chair-1', present: true },
          { role: 'health', staffId: 'health-1', present: false },
        ],
      });

      const refused = await harness.request<ErrorBody>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation`,
        aRecommendation(),
      );

      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(
        /no quorum \(missing: employment, health, social, region-health-coordinator, company-consultant\)/,
      );
      expect(await harness.query('SELECT * FROM $schema.recommendation WHERE case_id = $1', [caseId])).toEqual([]);
      const meeting = await harness.request<{ quorum: { hasQuorum: boolean } }>('GET', `/api/meetings/${meetingId}`);
      expect(meeting.body.quorum.hasQuorum).toBe(false);
    });

    it('should adopt and store the chair’s reason when the chair records why a meeting without quorum adopts', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);

      const adopted = await harness.request<{ quorumOverrideReason: string }>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation`,
        aRecommendation({ quorumOverrideReason: 'Sundhedsmedlemmet er sygt; den skriftlige vurdering er entydig.' }),
      );

      expect(adopted.status).toBe(201);
      const rows = await harness.query<{ quorum_override_reason: string }>(
        'SELECT quorum_override_reason FROM $schema.recommendation WHERE case_id = $1',
        [caseId],
      );
      expect(rows).toEqual([
        { quorum_override_reason: 'Sundhedsmedlemmet er sygt; den skriftlige vurdering er entydig.' },
      ]);
      const event = await publishedEvent(harness, RecommendationAdopted, caseId);
      expect(event.payload.quorumOverrideReason).toBe(
        'Sundhedsmedlemmet er sygt; den skriftlige vurdering er entydig.',
      );
    });

    it('should ask for the education member when the referral requires it', async () => {
      const caseId = await harness.completeDossier({
        requiredMembers: [
          'employment',
          'health',
          'social',
          'region-health-coordinator',
          'company-consultant',
          'education',
        ],
      });
      const meetingId = await harness.meetingWith(caseId);
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());

      const refused = await harness.request<ErrorBody>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation`,
        aRecommendation(),
      );
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/missing: education/);
    });

    it('should answer 400 naming the field when an attendance names an unknown role', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);
      const refused = await harness.request<ErrorBody>('POST', `/api/meetings/${meetingId}/attendance`, {
        members: [{ role: 'mayor', staffId: 'm-1', present: true }],
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toMatch(/role must be one of/);
    });
  });

  describe('citizen attendance', () => {
    it('should refuse the citizen’s absence with 422 when it has no reason, and record a supporter', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);
      const path = `/api/meetings/${meetingId}/cases/${caseId}/citizen-attendance`;
      expect((await harness.request('POST', path, { present: false })).status).toBe(422);
      const recorded = await harness.request<{ present: boolean; supporter: string }>('POST', path, {
        present: true,
        supporter: 'Søster',
      });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ present: true, supporter: 'Søster' });
    });
  });

  describe('disability pension', () => {
    it('should refuse a disability-pension recommendation with 422 and store nothing when the grounds are missing', async () => {
      const caseId = await harness.completeDossier({ caseType: 'disability-pension' });
      const meetingId = await harness.meetingWith(caseId);
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());

      const refused = await harness.request<ErrorBody>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation`,
        aRecommendation({ outcome: 'disability-pension', employmentFactors: pensionGrounds.employmentFactors }),
      );

      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(/missing: socialFactors, healthFactors, workCapacityReasoning/);
      expect(await harness.query('SELECT * FROM $schema.recommendation WHERE case_id = $1', [caseId])).toEqual([]);
    });

    it('should adopt the pension recommendation, refuse the decision at the meeting, and take it later when pending', async () => {
      const caseId = await harness.completeDossier({ caseType: 'disability-pension' });
      const meetingId = await harness.meetingWith(caseId);
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());

      const adopted = await harness.request(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation`,
        aRecommendation({
          outcome: 'disability-pension',
          text: 'Teamet indstiller førtidspension.',
          ...pensionGrounds,
        }),
      );
      expect(adopted.status).toBe(201);
      expect((await publishedEvent(harness, RecommendationAdopted, caseId)).payload.pensionGrounds).toEqual(
        pensionGrounds,
      );

      const atMeeting = await harness.request<ErrorBody>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/decision`,
        {
          outcome: 'disability-pension',
          decidedBy: 'dm-1',
          decidedAtMeeting: true,
        },
      );
      expect(atMeeting.status).toBe(422);
      expect(atMeeting.body.message).toMatch(/not taken at the meeting/);

      const pending = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/decision/pending`, {
        owner: 'pension-unit-2',
        dueDate: '2099-12-01',
      });
      expect(pending.status).toBe(201);
      expect((await publishedEvent(harness, DecisionPending, caseId)).payload).toMatchObject({
        owner: 'pension-unit-2',
        dueDate: '2099-12-01',
      });

      const later = await harness.request<{ decidedAtMeeting: boolean }>(
        'POST',
        `/api/meetings/${meetingId}/cases/${caseId}/decision`,
        { outcome: 'disability-pension', decidedBy: 'pension-unit-2', decidedAtMeeting: false },
      );
      expect(later.status).toBe(201);
      expect(later.body.decidedAtMeeting).toBe(false);
    });
  });

  describe('decision against the recommendation', () => {
    it('should send the case back to the team so it can go on a new meeting when the decision deviates', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);
      await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
      await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, aRecommendation());

      const decided = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/decision`, {
        outcome: 'flex-job',
        decidedBy: 'dm-1',
        decidedAtMeeting: true,
        deviationReason: 'Fleksjob på 12 timer er muligt nu.',
      });
      expect(decided.status).toBe(201);
      expect((await publishedEvent(harness, CaseReturnedToTeam, caseId)).payload.reason).toBe(
        'Fleksjob på 12 timer er muligt nu.',
      );
      await expect(harness.meetingWith(caseId)).resolves.toEqual(expect.any(String));
    });
  });

  describe('recommendation draft', () => {
    it('should draft the Danish recommendation from the dossier’s contributions when asked', async () => {
      const caseId = await harness.completeDossier();
      const meetingId = await harness.meetingWith(caseId);
      const draft = await harness.request<{ html: string }>(
        'GET',
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation/draft`,
      );
      expect(draft.status).toBe(200);
      expect(draft.body.html).toContain('Rehabiliteringsteamets indstilling');
      expect(draft.body.html).toContain('Kroniske rygsmerter.');
      expect(draft.body.html).toContain('Version 1, indsendt af cw-1');
    });
  });
});
