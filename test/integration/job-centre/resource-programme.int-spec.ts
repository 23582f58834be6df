import { CaseReferred, CaseRePresented, PreparatoryPartSubmitted, ResourceProgrammeExtended } from '@rehab/contracts';
import {
  aCitizenCpr,
  aReferral,
  type ErrorBody,
  type JobCentreHarness,
  publishedEvent,
  startJobCentre,
} from './job-centre.harness';
import { bearer } from '../../support/identity';

interface CaseView {
  requiredMembers: string[] | null;
  extensions: { extensionId: string; reason: string; decisionMakerId: string }[];
  activityStartedAt: string | null;
  rePresentation: { reason: string } | null;
}

const anExtension = (overrides: Record<string, unknown> = {}) => ({
  nothingNew: true,
  reason: 'Nothing new: the internship runs as planned and needs three more months.',
  decisionMakerId: 'dm-3',
  recordedBy: 'cw-17',
  ...overrides,
});

const sections = {
  educationAndJobGoals: 'Wants to work in retail.',
  workExperience: 'Ten years as a warehouse worker.',
  resourcesAndNetwork: 'Supportive sister.',
  challenges: 'Back pain, low mood.',
  healthSituation: 'Chronic lower back pain.',
  incomeSupportHistory: 'Sickness benefit for 12 months.',
  gpAssessment: 'Awaiting LÆ 265.',
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');

describe('job centre referral and resource programme over HTTP (real PostgreSQL)', () => {
  let harness: JobCentreHarness;

  beforeAll(async () => {
    harness = await startJobCentre();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function refer(overrides: Record<string, unknown> = {}): Promise<string> {
    const { status, body } = await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral(overrides));
    expect(status).toBe(201);
    return body.caseId;
  }

  it('should put the education member on the case and the wire when a citizen under 30 has no vocational qualification', async () => {
    const young = await refer({ cpr: aCitizenCpr({ bornYear: new Date().getUTCFullYear() - 22 }) });
    const older = await refer({ cpr: aCitizenCpr({ bornYear: 1960 }) });
    const qualified = await refer({
      cpr: aCitizenCpr({ bornYear: new Date().getUTCFullYear() - 22 }),
      hasVocationalQualification: true,
    });
    const members = async (caseId: string) =>
      (await harness.request<CaseView>('GET', `/api/cases/${caseId}`)).body.requiredMembers;
    expect(await members(young)).toContain('education');
    expect(await members(older)).toEqual([
      'employment',
      'health',
      'social',
      'region-health-coordinator',
      'company-consultant',
    ]);
    expect(await members(qualified)).not.toContain('education');
    const [referred] = await publishedEvent(harness, CaseReferred, young);
    expect(referred?.payload.requiredMembers).toContain('education');
    expect(Object.keys(referred?.payload ?? {})).not.toEqual(expect.arrayContaining(['birthDate', 'age']));
  });

  it('should keep every version with its attachments when the preparatory part is submitted twice', async () => {
    const caseId = await refer();
    const first = await harness.request('PUT', `/api/cases/${caseId}/preparatory-part`, {
      ...sections,
      submittedBy: 'cw-17',
      attachments: [{ title: 'Scanned CV', mediaType: 'image/png', contentBase64: PNG }],
    });
    expect(first.status).toBe(200);
    await harness.request('PUT', `/api/cases/${caseId}/preparatory-part`, {
      ...sections,
      challenges: 'Back pain.',
      submittedBy: 'cw-17',
    });

    const versions = await harness.request<
      {
        version: number;
        sections: { challenges: string };
        attachments: { attachmentId: string; title: string; sizeBytes: number }[];
      }[]
    >('GET', `/api/cases/${caseId}/preparatory-part/versions`);
    expect(versions.status).toBe(200);
    expect(
      versions.body.map((version) => [version.version, version.sections.challenges, version.attachments.length]),
    ).toEqual([
      [1, 'Back pain, low mood.', 1],
      [2, 'Back pain.', 0],
    ]);
    const attachment = versions.body[0]?.attachments[0];
    expect(attachment).toMatchObject({ title: 'Scanned CV', sizeBytes: 12 });

    const response = await fetch(
      `${harness.url}/api/cases/${caseId}/preparatory-part/attachments/${attachment?.attachmentId ?? ''}`,
      { headers: await bearer('coordinating-caseworker') },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).toString('base64')).toBe(PNG);

    const events = await publishedEvent(harness, PreparatoryPartSubmitted, caseId, 2);
    expect(events[0]?.payload.attachments).toEqual([
      { attachmentId: attachment?.attachmentId, title: 'Scanned CV', mediaType: 'image/png', sizeBytes: 12 },
    ]);
  });

  it('should refuse with 422 and keep no version when an attachment is not what it claims', async () => {
    const caseId = await refer();
    const { status, body } = await harness.request<ErrorBody>('PUT', `/api/cases/${caseId}/preparatory-part`, {
      ...sections,
      submittedBy: 'cw-17',
      attachments: [{ title: 'Journal', mediaType: 'application/pdf', contentBase64: PNG }],
    });
    expect(status).toBe(422);
    expect(body.message).toMatch(/not a application\/pdf file/);
    const versions = await harness.request<unknown[]>('GET', `/api/cases/${caseId}/preparatory-part/versions`);
    expect(versions.body).toEqual([]);
  });

  it('should refuse with 400 naming the field when an attachment has a media type that is not allowed', async () => {
    const caseId = await refer();
    const { status, body } = await harness.request<ErrorBody>('PUT', `/api/cases/${caseId}/preparatory-part`, {
      ...sections,
      submittedBy: 'cw-17',
      attachments: [{ title: 'Notes', mediaType: 'text/plain', contentBase64: 'aGVsbG8=' }],
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain('mediaType');
  });

  it('should record and announce the extension when a decided resource programme is extended without a meeting', async () => {
    const caseId = await refer();
    await harness.decide(caseId);
    const { status, body } = await harness.request<{ extensionId: string }>(
      'POST',
      `/api/cases/${caseId}/extensions`,
      anExtension({ extendedUntil: '2030-06-30' }),
    );
    expect(status).toBe(201);

    const view = await harness.request<CaseView>('GET', `/api/cases/${caseId}`);
    expect(view.body.extensions).toEqual([
      expect.objectContaining({ extensionId: body.extensionId, decisionMakerId: 'dm-3' }),
    ]);
    const [event] = await publishedEvent(harness, ResourceProgrammeExtended, caseId);
    expect(event?.payload).toMatchObject({
      extensionId: body.extensionId,
      nothingNew: true,
      decisionMakerId: 'dm-3',
      extendedUntil: '2030-06-30',
    });
  });

  it('should refuse the extension with 422 when the case is not decided', async () => {
    const caseId = await refer();
    const { status, body } = await harness.request<ErrorBody>('POST', `/api/cases/${caseId}/extensions`, anExtension());
    expect(status).toBe(422);
    expect(body.message).toMatch(/no decision yet/);
  });

  it('should refuse the extension with 422 when the case was decided as a flex job', async () => {
    const caseId = await refer({ caseType: 'flex-job' });
    await harness.decide(caseId, { outcome: 'flex-job' });
    const { status } = await harness.request<ErrorBody>('POST', `/api/cases/${caseId}/extensions`, anExtension());
    expect(status).toBe(422);
  });

  it('should refuse the extension with 422 when something new has happened', async () => {
    const caseId = await refer();
    await harness.decide(caseId);
    const { status, body } = await harness.request<ErrorBody>(
      'POST',
      `/api/cases/${caseId}/extensions`,
      anExtension({ nothingNew: false }),
    );
    expect(status).toBe(422);
    expect(body.message).toMatch(/nothing new/);
    expect((await harness.request<CaseView>('GET', `/api/cases/${caseId}`)).body.extensions).toEqual([]);
  });

  it('should refuse the extension with 400 naming the fields when the reason and decision maker are missing', async () => {
    const caseId = await refer();
    const { status, body } = await harness.request<ErrorBody>('POST', `/api/cases/${caseId}/extensions`, {
      nothingNew: true,
      recordedBy: 'cw-17',
    });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.field).sort()).toEqual(['decisionMakerId', 'reason']);
  });

  it('should re-present a resource programme once when no activity started within 6 months of the decision', async () => {
    const stale = await refer();
    const started = await refer();
    const fresh = await refer();
    const sevenMonthsAgo = new Date(Date.now() - 213 * 86_400_000);
    await harness.decide(stale, { decidedAt: sevenMonthsAgo.toISOString() });
    await harness.decide(started, { decidedAt: sevenMonthsAgo.toISOString() });
    await harness.decide(fresh, { decidedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() });
    const activity = await harness.request('POST', `/api/cases/${started}/activity-started`, {
      startedAt: new Date(sevenMonthsAgo.getTime() + 86_400_000).toISOString(),
      recordedBy: 'cw-17',
    });
    expect(activity.status).toBe(200);

    const first = await harness.checker.checkNow();
    const second = await harness.checker.checkNow();
    expect(first).toContain(stale);
    expect(first).not.toContain(started);
    expect(first).not.toContain(fresh);
    expect(second).not.toContain(stale);

    const [event] = await publishedEvent(harness, CaseRePresented, stale);
    expect(event?.payload).toMatchObject({
      reason: 'no-activity-within-six-months',
      decidedAt: sevenMonthsAgo.toISOString(),
    });
    expect((await harness.request<CaseView>('GET', `/api/cases/${stale}`)).body.rePresentation).toMatchObject({
      reason: 'no-activity-within-six-months',
    });
    expect(harness.publishedOfType(CaseRePresented.type, stale)).toHaveLength(1);
  });
});
