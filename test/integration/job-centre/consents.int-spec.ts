import { ConsentRecorded, ConsentWithdrawn } from '@rehab/contracts';
import { aReferral, type ErrorBody, type JobCentreHarness, publishedEvent, startJobCentre } from './job-centre.harness';

interface ConsentView {
  consentId: string;
  scope: string;
  party: string;
  active: boolean;
  givenAt: string;
  source: string | null;
  sourceReference: string | null;
  recordedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

const aConsent = (overrides: Record<string, unknown> = {}) => ({
  scope: 'share-outcome-with-gp',
  party: 'gp',
  givenAt: '2026-11-02T10:00:00.000Z',
  source: 'signed-form',
  recordedBy: 'cw-17',
  ...overrides,
});

describe('job centre consents over HTTP (real PostgreSQL)', () => {
  let harness: JobCentreHarness;
  let caseId: string;
  let cpr: string;

  beforeAll(async () => {
    harness = await startJobCentre();
  });

  afterAll(async () => {
    await harness.close();
  });

  beforeEach(async () => {
    const referral = aReferral();
    cpr = referral.cpr;
    const { status, body } = await harness.request<{ caseId: string }>('POST', '/api/cases', referral);
    expect(status).toBe(201);
    caseId = body.caseId;
  });

  it('should record a consent and announce it pseudonymously when a caseworker records it', async () => {
    const { status, body } = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    expect(status).toBe(201);
    expect(body).toMatchObject({ scope: 'share-outcome-with-gp', party: 'gp', active: true, recordedBy: 'cw-17' });

    const [event] = await publishedEvent(harness, ConsentRecorded, caseId);
    expect(event?.payload).toMatchObject({ consentId: body.consentId, scope: 'share-outcome-with-gp', party: 'gp' });
    const wire = JSON.stringify(harness.publishedOfType(ConsentRecorded.type, caseId));
    expect(wire).not.toContain(cpr);
    expect(wire).not.toContain(cpr.replace('-', ''));
  });

  it('should keep the consent marked withdrawn and announce the withdrawal when it is withdrawn', async () => {
    const recorded = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    const withdrawn = await harness.request<ConsentView>(
      'POST',
      `/api/cases/${caseId}/consents/${recorded.body.consentId}/withdrawal`,
      { withdrawnBy: 'cw-18', withdrawnAt: '2026-11-04T09:00:00.000Z' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      active: false,
      withdrawnBy: 'cw-18',
      withdrawnAt: '2026-11-04T09:00:00.000Z',
    });

    const list = await harness.request<ConsentView[]>('GET', `/api/cases/${caseId}/consents`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      consentId: recorded.body.consentId,
      active: false,
      givenAt: '2026-11-02T10:00:00.000Z',
    });

    const [event] = await publishedEvent(harness, ConsentWithdrawn, caseId);
    expect(event?.payload).toMatchObject({ consentId: recorded.body.consentId, withdrawnBy: 'cw-18' });
  });

  it('should allow a new consent with the same scope and party when the earlier one was withdrawn', async () => {
    const first = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    await harness.request('POST', `/api/cases/${caseId}/consents/${first.body.consentId}/withdrawal`, {
      withdrawnBy: 'cw-17',
    });
    const second = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    expect(second.status).toBe(201);
    const list = await harness.request<ConsentView[]>('GET', `/api/cases/${caseId}/consents`);
    expect(list.body.map((consent) => consent.active)).toEqual([false, true]);
  });

  it('should refuse with 409 when an active consent with the same scope and party exists', async () => {
    await harness.request('POST', `/api/cases/${caseId}/consents`, aConsent());
    const { status, body } = await harness.request<ErrorBody>('POST', `/api/cases/${caseId}/consents`, aConsent());
    expect(status).toBe(409);
    expect(body.message).toMatch(/already has an active consent to share-outcome-with-gp with gp/);
  });

  it('should refuse with 409 when the consent is withdrawn twice', async () => {
    const recorded = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    const path = `/api/cases/${caseId}/consents/${recorded.body.consentId}/withdrawal`;
    await harness.request('POST', path, { withdrawnBy: 'cw-17' });
    const again = await harness.request<ErrorBody>('POST', path, { withdrawnBy: 'cw-17' });
    expect(again.status).toBe(409);
    expect(harness.publishedOfType(ConsentWithdrawn.type, caseId).length).toBeLessThanOrEqual(1);
  });

  it('should refuse with 422 and record nothing when the scope names another party', async () => {
    const { status, body } = await harness.request<ErrorBody>(
      'POST',
      `/api/cases/${caseId}/consents`,
      aConsent({ scope: 'obtain-gp-certificate', party: 'hospital' }),
    );
    expect(status).toBe(422);
    expect(body.message).toBe('A consent to obtain-gp-certificate can only be given with the party gp.');
    expect(await harness.query('SELECT id FROM $schema.consent WHERE case_id = $1', [caseId])).toEqual([]);
  });

  it('should refuse with 400 naming the fields when the body is malformed', async () => {
    const { status, body } = await harness.request<ErrorBody>('POST', `/api/cases/${caseId}/consents`, {
      scope: 'share-everything',
      party: 'gp',
      givenAt: 'yesterday',
    });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.field).sort()).toEqual(['givenAt', 'recordedBy', 'scope', 'source']);
  });

  it('should answer 404 when the case does not exist', async () => {
    const { status } = await harness.request(
      'POST',
      '/api/cases/7d8f7a8e-3c1b-4b6e-9d1a-2f3e4a5b6c7d/consents',
      aConsent(),
    );
    expect(status).toBe(404);
  });

  it('should keep the source of each purpose and announce the source but not its reference when recorded', async () => {
    const { status, body } = await harness.request<ConsentView>(
      'POST',
      `/api/cases/${caseId}/consents`,
      aConsent({ scope: 'obtain-gp-certificate', source: 'digital-signature', sourceReference: 'dok-4711' }),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      givenAt: '2026-11-02T10:00:00.000Z',
      source: 'digital-signature',
      sourceReference: 'dok-4711',
    });
    const [event] = await publishedEvent(harness, ConsentRecorded, caseId);
    expect(event?.payload).toMatchObject({ scope: 'obtain-gp-certificate', source: 'digital-signature' });
    expect(JSON.stringify(event)).not.toContain('dok-4711');
  });

  it('should withdraw one purpose mid-case at once and leave the other purposes active', async () => {
    const purposes = [
      aConsent({ scope: 'obtain-gp-certificate', party: 'gp' }),
      aConsent({ scope: 'share-outcome-with-gp', party: 'gp', source: 'oral' }),
      aConsent({ scope: 'share-case-information', party: 'social-psychiatry' }),
    ];
    const recorded: ConsentView[] = [];
    for (const purpose of purposes) {
      const response = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, purpose);
      expect(response.status).toBe(201);
      recorded.push(response.body);
    }
    const withdrawal = await harness.request<ConsentView>(
      'POST',
      `/api/cases/${caseId}/consents/${recorded[1].consentId}/withdrawal`,
      { withdrawnBy: 'cw-17' },
    );
    expect(withdrawal.body.active).toBe(false);

    const list = await harness.request<ConsentView[]>('GET', `/api/cases/${caseId}/consents`);
    expect(list.body.map((consent) => [consent.scope, consent.active])).toEqual([
      ['obtain-gp-certificate', true],
      ['share-outcome-with-gp', false],
      ['share-case-information', true],
    ]);
  });

  it('should show a consent recorded before sources were kept without a source', async () => {
    const { body } = await harness.request<ConsentView>('POST', `/api/cases/${caseId}/consents`, aConsent());
    await harness.query('UPDATE $schema.consent SET source = NULL WHERE id = $1', [body.consentId]);
    const list = await harness.request<ConsentView[]>('GET', `/api/cases/${caseId}/consents`);
    expect(list.body[0]).toMatchObject({ consentId: body.consentId, source: null, active: true });
  });

  it('should refuse with 400 when the source is not one of the accepted ones', async () => {
    const { status, body } = await harness.request<ErrorBody>(
      'POST',
      `/api/cases/${caseId}/consents`,
      aConsent({ source: 'assumed' }),
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'source', problems: ['source must be one of: signed-form, oral, digital-signature'] },
    ]);
  });
});
