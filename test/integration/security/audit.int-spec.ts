import { randomUUID } from 'node:crypto';
import { CaseReferred, createEnvelope, physicalTopic } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import type { AuditRecord } from '@rehab/platform';
import { jobCentreService } from '../../../apps/job-centre/src/service-definition';
import { meetingService } from '../../../apps/meeting/src/service-definition';
import { eventually } from '../../support/environment';
import { bearer } from '../../support/identity';
import { aCaseReferredPayload } from '../../support/event-factories';
import { type ServiceUnderTest, startServiceUnderTest } from '../../support/service-under-test';
import { aReferral } from '../job-centre/job-centre.harness';

const caseworker = () => bearer('coordinating-caseworker', '101', { userId: 'cw-17' });
const operator = () => bearer('operator');

async function call<T>(
  service: ServiceUnderTest,
  method: string,
  path: string,
  headers: Promise<Record<string, string>>,
  body?: unknown,
) {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: { ...(await headers), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function auditTable(service: ServiceUnderTest) {
  const dataSource = service.app.get(TransactionRunner).dataSource;
  const table = `"${service.schema}".audit_record`;
  return {
    count: async (caseId: string) =>
      Number(
        (await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0]
          .n,
      ),
    query: (sql: string) => dataSource.query(sql.replaceAll('$table', table)),
  };
}

describe('audit log of the meeting service (real PostgreSQL)', () => {
  let meeting: ServiceUnderTest;

  beforeAll(async () => {
    meeting = await startServiceUnderTest(meetingService, { settings: { MEETING_AGENDA_CHECKER_ENABLED: 'false' } });
  });

  afterAll(async () => meeting.close());

  async function referredCase(): Promise<string> {
    const payload = aCaseReferredPayload();
    const envelope = createEnvelope(CaseReferred, payload, {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service', id: 'job-centre' },
      subjectId: payload.personId,
      caseId: payload.caseId,
      municipality: '101',
    });
    await meeting.transport.publish([
      {
        topic: physicalTopic(CaseReferred.topic, meeting.topicPrefix),
        key: payload.caseId,
        value: JSON.stringify(envelope),
        headers: {},
      },
    ]);
    return payload.caseId;
  }

  it('should leave an audit record naming who, role, what and why when a dossier is read', async () => {
    const caseId = await referredCase();
    const audit = auditTable(meeting);
    // Reads that find nothing disclose nothing and leave no record; the first that finds the dossier does.
    await eventually(async () => (await call(meeting, 'GET', `/api/dossiers/${caseId}`, caseworker())).status === 200, {
      what: 'the dossier to exist',
    });
    expect(await audit.count(caseId)).toBe(1);

    const { status, body } = await call<AuditRecord[]>(meeting, 'GET', `/api/audit/cases/${caseId}`, operator());
    expect(status).toBe(200);
    expect(body).toEqual([
      expect.objectContaining({
        service: 'meeting',
        actor: { kind: 'user', id: 'cw-17', role: 'coordinating-caseworker' },
        action: 'read-dossier',
        access: 'read',
        caseId,
        purpose: 'preparing the rehabilitation-team meeting',
      }),
    ]);
    expect(Date.now() - new Date(body[0].recordedAt).getTime()).toBeLessThan(60_000);
  });

  it('should record the purpose the caller states and find the reads per user when queried', async () => {
    const caseId = await referredCase();
    const readerId = `chair-${randomUUID().slice(0, 8)}`;
    const reader = await bearer('chair', '101', { userId: readerId });
    await eventually(
      async () => (await call(meeting, 'GET', `/api/dossiers/${caseId}`, Promise.resolve(reader))).status === 200,
    );
    await call(
      meeting,
      'GET',
      `/api/dossiers/${caseId}`,
      Promise.resolve({ ...reader, 'x-access-purpose': 'klage over afgørelse' }),
    );

    const { body } = await call<AuditRecord[]>(meeting, 'GET', `/api/audit/users/${readerId}`, operator());
    expect(body.map((record) => [record.caseId, record.purpose])).toEqual([
      [caseId, 'klage over afgørelse'],
      [caseId, 'preparing the rehabilitation-team meeting'],
    ]);
  });

  it('should refuse UPDATE, DELETE and TRUNCATE on the audit table when anyone tries', async () => {
    const caseId = await referredCase();
    await eventually(async () => (await call(meeting, 'GET', `/api/dossiers/${caseId}`, caseworker())).status === 200);
    const audit = auditTable(meeting);
    await expect(audit.query(`UPDATE $table SET actor_id = 'someone-else'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(audit.query(`DELETE FROM $table`)).rejects.toThrow(/append-only: DELETE/);
    await expect(audit.query(`TRUNCATE $table`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await audit.count(caseId)).toBe(1);
  });

  it('should answer 400 when the audit query is malformed', async () => {
    expect((await call(meeting, 'GET', '/api/audit/cases/not-a-uuid', operator())).status).toBe(400);
    expect((await call(meeting, 'GET', `/api/audit/cases/${randomUUID()}?limit=0`, operator())).status).toBe(400);
  });

  it('should refuse the audit query to everyone but the operator', async () => {
    const path = `/api/audit/cases/${randomUUID()}`;
    expect((await call(meeting, 'GET', path, Promise.resolve({}))).status).toBe(401);
    expect((await call(meeting, 'GET', path, caseworker())).status).toBe(403);
    expect((await call(meeting, 'GET', path, bearer('chair'))).status).toBe(403);
    expect((await call(meeting, 'GET', path, operator())).status).toBe(200);
  });
});

describe('audit log of the job centre (real PostgreSQL)', () => {
  let jobCentre: ServiceUnderTest;

  beforeAll(async () => {
    jobCentre = await startServiceUnderTest(jobCentreService, {
      settings: { JOB_CENTRE_RE_PRESENTATION_CHECKER_ENABLED: 'false' },
    });
  });

  afterAll(async () => jobCentre.close());

  it('should record the referral as a write and every read of the case when the caseworker works it', async () => {
    const referral = aReferral();
    const referred = await call<{ caseId: string }>(jobCentre, 'POST', '/api/cases', caseworker(), referral);
    expect(referred.status).toBe(201);
    const { caseId } = referred.body;
    expect((await call(jobCentre, 'GET', `/api/cases/${caseId}`, caseworker())).status).toBe(200);

    const { body } = await call<AuditRecord[]>(jobCentre, 'GET', `/api/audit/cases/${caseId}`, operator());
    expect(body.map((record) => [record.action, record.access, record.actor.id])).toEqual([
      ['read-case', 'read', 'cw-17'],
      ['refer-case', 'write', 'cw-17'],
    ]);
    // The audit log itself holds no CPR number, only the case.
    expect(JSON.stringify(body)).not.toContain(referral.cpr);
  });

  it('should leave no record when the case does not exist', async () => {
    const caseId = randomUUID();
    expect((await call(jobCentre, 'GET', `/api/cases/${caseId}`, caseworker())).status).toBe(404);
    expect(await auditTable(jobCentre).count(caseId)).toBe(0);
  });
});
