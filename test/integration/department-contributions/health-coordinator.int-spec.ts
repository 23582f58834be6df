import { CaseReferred, ConsentRecorded, ConsentWithdrawn, Topics } from '@rehab/contracts';
import { CheckGpCertificateDeadlinesCommand } from '../../../apps/health-coordinator/src/gp-certificate/commands/check-gp-certificate-deadlines/check-gp-certificate-deadlines.command';
import { healthCoordinatorService } from '../../../apps/health-coordinator/src/service-definition';
import { eventually } from '../../support/environment';
import { aConsentRecordedPayload } from '../../support/event-factories';
import { type DepartmentHarness, referral, startDepartment } from './department-contributions.harness';

jest.setTimeout(30_000);

interface GpCertificateBody {
  certificateRequestId: string;
  status: string;
  requestedAt: string;
  answerDeadline: string;
  receipt: { documentReference: string } | null;
  overdueAnnouncedAt: string | null;
}

interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

describe('the health coordinator service', () => {
  let service: DepartmentHarness;

  beforeAll(async () => {
    service = await startDepartment(healthCoordinatorService, Topics.healthCoordinatorContributions);
  });

  afterAll(async () => {
    await service.close();
  });

  /** A referred case; by default the citizen consented to obtaining the GP certificate (same topic, so known first). */
  const refer = async (consent: 'obtain-gp-certificate' | 'none' = 'obtain-gp-certificate') => {
    const payload = referral();
    if (consent !== 'none') {
      await service.publish(ConsentRecorded, aConsentRecordedPayload(payload, { scope: consent }), payload);
    }
    await service.publish(CaseReferred, payload, payload);
    await eventually(
      async () => (await service.request('GET', `/api/cases/${payload.caseId}/contribution`)).status === 200,
      {
        what: 'the referral to open the task',
      },
    );
    return payload;
  };

  const eventsOf = (caseId: string, type: string) =>
    service.published.filter((event) => event.caseId === caseId && event.type === type);

  it('should record the request with a 30-day answer deadline and announce it when the GP certificate is requested', async () => {
    const payload = await refer();
    const response = await service.request<GpCertificateBody>(
      'POST',
      `/api/cases/${payload.caseId}/gp-certificate/request`,
      {
        requestedBy: 'hc-42',
      },
    );
    expect(response.status).toBe(201);
    expect(new Date(response.body.answerDeadline).getTime() - new Date(response.body.requestedAt).getTime()).toBe(
      30 * DAY_MS,
    );
    await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-requested').length === 1),
      {
        what: 'the request to be announced',
      },
    );
    const again = await service.request<ErrorBody>('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, {
      requestedBy: 'hc-42',
    });
    expect(again.status).toBe(422);
  });

  it('should refuse with 422, saying the consent is missing, to request the GP certificate without consent', async () => {
    const payload = await refer('none');
    const refused = await service.request<ErrorBody>('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, {
      requestedBy: 'hc-42',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe(
      'The GP certificate cannot be requested without consent: The citizen\'s consent "obtain-gp-certificate" with ' +
        'the party "gp" is not recorded at the job centre. Record the consent at the job centre first.',
    );
    expect((await service.request('GET', `/api/cases/${payload.caseId}/gp-certificate`)).status).toBe(404);
    expect(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-requested')).toHaveLength(0);
  });

  it('should refuse the request at once when the consent is withdrawn, and accept it with a new consent', async () => {
    const payload = referral();
    const given = aConsentRecordedPayload(payload, { scope: 'obtain-gp-certificate' });
    await service.publish(ConsentRecorded, given, payload);
    await service.publish(
      ConsentWithdrawn,
      {
        consentId: given.consentId,
        caseId: given.caseId,
        personId: given.personId,
        scope: given.scope,
        party: given.party,
        withdrawnAt: new Date().toISOString(),
        withdrawnBy: 'cw-17',
      },
      payload,
    );
    await service.publish(CaseReferred, payload, payload);
    await eventually(
      async () => (await service.request('GET', `/api/cases/${payload.caseId}/contribution`)).status === 200,
      { what: 'the referral to open the task' },
    );
    const refused = await service.request<ErrorBody>('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, {
      requestedBy: 'hc-42',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('The citizen withdrew the consent "obtain-gp-certificate"');

    await service.publish(
      ConsentRecorded,
      aConsentRecordedPayload(payload, { scope: 'obtain-gp-certificate' }),
      payload,
    );
    const accepted = await eventually(
      async () => {
        const response = await service.request('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, {
          requestedBy: 'hc-42',
        });
        return response.status === 201 && response;
      },
      { what: 'the request accepted under the new consent' },
    );
    expect(accepted.status).toBe(201);
  });

  it('should record the document reference and announce it when the GP certificate is received', async () => {
    const payload = await refer();
    await service.request('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, { requestedBy: 'hc-42' });
    const received = await service.request<GpCertificateBody>(
      'POST',
      `/api/cases/${payload.caseId}/gp-certificate/receipt`,
      {
        documentReference: 'doc-2026-118',
        recordedBy: 'hc-42',
      },
    );
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: 'received', receipt: { documentReference: 'doc-2026-118' } });
    await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-received').length === 1),
      {
        what: 'the receipt to be announced',
      },
    );
    await service.commands.execute(new CheckGpCertificateDeadlinesCommand(new Date(Date.now() + 40 * DAY_MS)));
    expect(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-overdue')).toHaveLength(0);
  });

  it('should announce overdue once when the GP has not answered within 30 days', async () => {
    const payload = await refer();
    const requested = await service.request<GpCertificateBody>(
      'POST',
      `/api/cases/${payload.caseId}/gp-certificate/request`,
      {
        requestedBy: 'hc-42',
      },
    );
    const afterDeadline = new Date(new Date(requested.body.answerDeadline).getTime() + 1000);
    await service.commands.execute(new CheckGpCertificateDeadlinesCommand(new Date(afterDeadline.getTime() - 2000)));
    await service.commands.execute(new CheckGpCertificateDeadlinesCommand(afterDeadline));
    await service.commands.execute(new CheckGpCertificateDeadlinesCommand(new Date(afterDeadline.getTime() + DAY_MS)));
    await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-overdue').length > 0),
      {
        what: 'the overdue certificate to be announced',
      },
    );
    expect(eventsOf(payload.caseId, 'health-coordinator.gp-certificate-overdue')).toHaveLength(1);
    const view = await service.request<GpCertificateBody>('GET', `/api/cases/${payload.caseId}/gp-certificate`);
    expect(view.body.overdueAnnouncedAt).toBe(afterDeadline.toISOString());
  });

  it('should answer 404 when no task or no request exists for the case', async () => {
    const payload = referral();
    expect(
      (await service.request('POST', `/api/cases/${payload.caseId}/gp-certificate/request`, { requestedBy: 'hc-42' }))
        .status,
    ).toBe(404);
    expect((await service.request('GET', `/api/cases/${payload.caseId}/gp-certificate`)).status).toBe(404);
  });

  it('should name the fields when the receipt is malformed', async () => {
    const payload = await refer();
    const response = await service.request<ErrorBody>('POST', `/api/cases/${payload.caseId}/gp-certificate/receipt`, {
      documentReference: ' ',
      receivedAt: 'yesterday',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.field).sort()).toEqual([
      'documentReference',
      'receivedAt',
      'recordedBy',
    ]);
  });

  it('should refuse an assessment by another medical consultant without a reason and store nothing', async () => {
    const payload = await refer();
    const assessment = {
      assessment: 'Documented by hospital records.',
      workImplications: 'Sedentary work part time.',
      treatmentOptions: 'Physiotherapy.',
      submittedBy: 'mc-7',
      assessedBy: 'other-medical-consultant',
    };
    const refused = await service.request<ErrorBody>(
      'POST',
      `/api/cases/${payload.caseId}/contribution/submissions`,
      assessment,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('special reason');
    const accepted = await service.request('POST', `/api/cases/${payload.caseId}/contribution/submissions`, {
      ...assessment,
      otherConsultantReason: 'The health coordinator is disqualified (inhabil) in this case.',
    });
    expect(accepted.status).toBe(201);
    const submitted = await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'health-coordinator.health-assessment-submitted')[0]),
      { what: 'the assessment to be published' },
    );
    expect(submitted.payload).toMatchObject({
      version: 1,
      assessedBy: 'other-medical-consultant',
      otherConsultantReason: 'The health coordinator is disqualified (inhabil) in this case.',
    });
  });
});
