import { randomUUID } from 'node:crypto';
import {
  CaseReferred,
  DossierCompleted,
  GpCertificateReceived,
  GpCertificateRequested,
  PreparatoryPartSubmitted,
} from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { type ErrorBody, type MeetingHarness, publishedEvent, startMeeting } from './meeting.harness';

interface DossierBody {
  status: string;
  missingDepartments: string[];
  gpCertificateMissing: boolean;
  gpCertificate: {
    status: string;
    answerDeadline: string | null;
    documentReference: string | null;
    absenceReason: string | null;
    absenceRecordedBy: string | null;
  };
}

describe('the GP certificate in the dossier’s readiness (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  const dossierOf = async (caseId: string) =>
    (await harness.request<DossierBody>('GET', `/api/dossiers/${caseId}`)).body;

  /** Referred, with the job centre's contribution in: everything but the GP certificate. */
  async function contributionsIn(): Promise<string> {
    const caseId = randomUUID();
    const now = new Date().toISOString();
    await harness.publish(
      CaseReferred,
      {
        caseId,
        personId: randomUUID(),
        caseType: 'job-clarification',
        coordinatingCaseworkerId: 'cw-1',
        requiredDepartments: ['job-centre'],
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
        referredAt: now,
      },
      caseId,
    );
    await harness.publish(
      PreparatoryPartSubmitted,
      {
        caseId,
        contributionId: randomUUID(),
        version: 1,
        sections: {
          educationAndJobGoals: 'Butiksarbejde.',
          workExperience: 'Kasseassistent i 8 år.',
          resourcesAndNetwork: 'Stærkt netværk.',
          challenges: 'Angst.',
          healthSituation: 'I behandling.',
          incomeSupportHistory: 'Sygedagpenge.',
          gpAssessment: 'Afventer attest.',
        },
        submittedBy: 'cw-1',
        submittedAt: now,
      },
      caseId,
    );
    await eventually(async () => (await dossierOf(caseId)).missingDepartments?.length === 0, {
      what: 'the contribution in the dossier',
    });
    return caseId;
  }

  it('should stay incomplete, show the request and its deadline and refuse a recommendation when the certificate is only requested', async () => {
    const caseId = await contributionsIn();
    await harness.publish(
      GpCertificateRequested,
      {
        caseId,
        certificateRequestId: randomUUID(),
        requestedBy: 'hc-4',
        requestedAt: '2026-11-02T08:00:00.000Z',
        answerDeadline: '2026-12-02T08:00:00.000Z',
      },
      caseId,
    );

    const dossier = await eventually(
      async () => {
        const body = await dossierOf(caseId);
        return body.gpCertificate.status === 'requested' && body;
      },
      { what: 'the request in the dossier' },
    );
    expect(dossier).toMatchObject({
      status: 'incomplete',
      gpCertificateMissing: true,
      gpCertificate: { answerDeadline: '2026-12-02T08:00:00.000Z' },
    });
    expect(harness.publishedOfType(DossierCompleted.type, caseId)).toEqual([]);
    const meeting = await harness.request<{ meetingId: string }>('POST', '/api/meetings', {
      municipality: '101',
      startsAt: '2026-12-03T09:00:00+01:00',
      chairId: 'chair-1',
    });
    const placed = await harness.request('POST', `/api/meetings/${meeting.body.meetingId}/cases`, { caseId });
    expect(placed.status).toBe(201);
    const refused = await harness.request<ErrorBody>(
      'POST',
      `/api/meetings/${meeting.body.meetingId}/cases/${caseId}/recommendation`,
      { outcome: 'resource-programme', text: 'Ressourceforløb.', adoptedBy: 'chair-1' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/still misses the GP certificate or a recorded reason for its absence\.$/);
  });

  it('should complete and publish dossier-completed when the certificate is received', async () => {
    const caseId = await contributionsIn();
    await harness.publish(
      GpCertificateReceived,
      {
        caseId,
        certificateRequestId: randomUUID(),
        documentReference: 'doc-lae265-9',
        receivedAt: new Date().toISOString(),
        recordedBy: 'hc-4',
      },
      caseId,
    );

    await publishedEvent(harness, DossierCompleted, caseId);
    expect(await dossierOf(caseId)).toMatchObject({
      status: 'complete',
      gpCertificateMissing: false,
      gpCertificate: { status: 'received', documentReference: 'doc-lae265-9' },
    });
  });

  it('should complete when the absence of the certificate is recorded with a reason', async () => {
    const caseId = await contributionsIn();

    const recorded = await harness.request<DossierBody>('POST', `/api/dossiers/${caseId}/gp-certificate-absence`, {
      reason: 'Egen læge har ikke svaret trods rykker; helbredet er belyst af sundhedskoordinator.',
      recordedBy: 'cw-1',
    });

    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      status: 'complete',
      gpCertificate: { status: 'absence-explained', absenceRecordedBy: 'cw-1' },
    });
    await publishedEvent(harness, DossierCompleted, caseId);
  });

  it('should answer 400 naming the fields when the absence has no reason', async () => {
    const caseId = await contributionsIn();
    const refused = await harness.request<ErrorBody>('POST', `/api/dossiers/${caseId}/gp-certificate-absence`, {
      reason: '  ',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['reason', 'recordedBy']));
    expect((await dossierOf(caseId)).status).toBe('incomplete');
  });

  it('should refuse with 422 when the certificate has already been received', async () => {
    const caseId = await harness.completeDossier();
    const refused = await harness.request<ErrorBody>('POST', `/api/dossiers/${caseId}/gp-certificate-absence`, {
      reason: 'Ingen attest',
      recordedBy: 'cw-1',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/has been received/);
  });

  it('should answer 404 when nothing about the case has arrived', async () => {
    const refused = await harness.request('POST', `/api/dossiers/${randomUUID()}/gp-certificate-absence`, {
      reason: 'Ingen attest',
      recordedBy: 'cw-1',
    });
    expect(refused.status).toBe(404);
  });
});
