import { randomUUID } from 'node:crypto';
import {
  AgendaPublished,
  CaseProceedingStepRecorded,
  CaseReferred,
  CaseScheduled,
  CitizenAttendanceRecorded,
  GpCertificateAbsenceRecorded,
  HealthCoordinatorContributionDeadlineSet,
  MeetingAttendanceRecorded,
  MeetingOpened,
  MeetingQuorumOverridden,
  MeetingScheduled,
} from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import { eventually, testKafkaBrokers } from '../../support/environment';
import {
  fullAttendance,
  type MeetingHarness,
  publishedEvent,
  publishedMeetingEvent,
  startMeeting,
} from './meeting.harness';

jest.setTimeout(90_000);

interface DossierBody {
  contributions: {
    department: string;
    status: string;
    dueBy: string | null;
    dueBySource: string | null;
    overdue: boolean;
  }[];
}

/**
 * Every step of a meeting is an event on Kafka: the meeting's own steps on the meeting stream,
 * keyed by the meeting, and a case's steps on the case's stream, keyed by the case.
 */
describe('the meeting’s steps as events (real PostgreSQL and Kafka)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting({
      transport: new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'meeting-steps-test', partitions: 3 }),
      // The agenda timer runs for real, often, so a due agenda goes out within the test.
      settings: { MEETING_AGENDA_CHECKER_ENABLED: 'true', MEETING_AGENDA_CHECK_INTERVAL_MS: '200' },
    });
  });

  afterAll(async () => {
    await harness.close();
  });

  const scheduleMeeting = async (startsAt: string) => {
    const scheduled = await harness.request<{ meetingId: string }>('POST', '/api/meetings', {
      municipality: '101',
      startsAt,
      chairId: 'chair-1',
    });
    expect(scheduled.status).toBe(201);
    return scheduled.body.meetingId;
  };

  it('should publish scheduling, attendance, the opening and each case step when a meeting is held', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);

    const scheduled = await publishedMeetingEvent(harness, MeetingScheduled, meetingId);
    expect(scheduled).toMatchObject({ meetingId, municipality: '101', payload: { chairId: 'chair-1', capacity: 5 } });
    expect(scheduled).not.toHaveProperty('caseId');
    expect(harness.keyOf(scheduled.eventId)).toBe(meetingId);

    const attendance = await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
    expect(attendance.status).toBe(201);
    const attended = await eventually(
      () => {
        const seen = harness.publishedForMeeting(MeetingAttendanceRecorded.type, meetingId);
        return Promise.resolve(seen.length === 7 ? seen : undefined);
      },
      { what: 'seven attendance events' },
    );
    expect(attended.at(-1)?.payload).toMatchObject({ quorum: { hasQuorum: true, missingRoles: [] } });
    expect(attended.every((event) => harness.keyOf(event.eventId) === meetingId)).toBe(true);

    for (const step of ['opened', 'presentation', 'dialogue', 'conclusion', 'citizen-questions']) {
      const recorded = await harness.request('POST', `/api/meetings/${meetingId}/proceedings`, {
        step,
        ...(step === 'opened' ? {} : { caseId }),
        recordedBy: 'chair-1',
      });
      expect(recorded.status).toBe(201);
    }
    const opened = await publishedMeetingEvent(harness, MeetingOpened, meetingId);
    expect(opened.payload).toMatchObject({ meetingId, sequence: 1, recordedBy: 'chair-1' });

    const steps = await eventually(
      () => {
        const seen = harness.publishedOfType(CaseProceedingStepRecorded.type, caseId);
        return Promise.resolve(seen.length === 4 ? seen : undefined);
      },
      { what: 'four case steps' },
    );
    expect(steps.map((event) => (event.payload as { step: string }).step)).toEqual([
      'presentation',
      'dialogue',
      'conclusion',
      'citizen-questions',
    ]);
    expect(steps.every((event) => harness.keyOf(event.eventId) === caseId)).toBe(true);

    const citizen = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/citizen-attendance`, {
      present: true,
      supporter: 'Søster',
    });
    expect(citizen.status).toBe(201);
    const citizenEvent = await publishedEvent(harness, CitizenAttendanceRecorded, caseId);
    expect(citizenEvent.payload).toMatchObject({ meetingId, present: true, supporterPresent: true });
    expect(JSON.stringify(citizenEvent)).not.toContain('Søster');
  });

  it('should publish the chair’s quorum override with the missing roles when a meeting without quorum adopts', async () => {
    const caseId = await harness.completeDossier();
    const meetingId = await harness.meetingWith(caseId);
    await harness.request('POST', `/api/meetings/${meetingId}/attendance`, {
      members: [{ role: 'chair', staffId: 'chair-1', present: true }],
    });
    const adopted = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, {
      outcome: 'flex-job',
      text: 'Teamet indstiller fleksjob.',
      adoptedBy: 'chair-1',
      quorumOverrideReason: 'Socialrådgiveren er syg; den skriftlige vurdering er klar.',
    });
    expect(adopted.status).toBe(201);
    const overridden = await publishedMeetingEvent(harness, MeetingQuorumOverridden, meetingId);
    expect(overridden.payload).toMatchObject({
      caseId,
      chairId: 'chair-1',
      reason: 'Socialrådgiveren er syg; den skriftlige vurdering er klar.',
    });
    expect(overridden.payload.missingRoles).toEqual(expect.arrayContaining(['social', 'company-consultant']));
  });

  it('should publish the agenda once at its lead time, and flag a case placed after it as late', async () => {
    // The default lead time is 24 hours: this agenda falls due a few seconds from now.
    const startsAt = new Date(Date.now() + 24 * 3_600_000 + 6_000).toISOString();
    const meetingId = await scheduleMeeting(startsAt);
    const onTime = await harness.completeDossier();
    expect((await harness.request('POST', `/api/meetings/${meetingId}/cases`, { caseId: onTime })).status).toBe(201);

    const agenda = await publishedMeetingEvent(harness, AgendaPublished, meetingId);
    expect(agenda.payload.cases).toEqual([expect.objectContaining({ caseId: onTime, late: false })]);
    expect(harness.keyOf(agenda.eventId)).toBe(meetingId);

    const late = await harness.completeDossier();
    expect((await harness.request('POST', `/api/meetings/${meetingId}/cases`, { caseId: late })).status).toBe(201);
    expect((await publishedEvent(harness, CaseScheduled, late)).payload.late).toBe(true);
    expect((await publishedEvent(harness, CaseScheduled, onTime)).payload.late).toBe(false);

    const [row] = await harness.query<{ agenda_published_at: Date | null }>(
      'SELECT agenda_published_at FROM $schema.meeting WHERE id = $1',
      [meetingId],
    );
    expect(row.agenda_published_at).not.toBeNull();
    const view = await harness.request<{ agendaPublishedAt: string | null }>('GET', `/api/meetings/${meetingId}`);
    expect(view.body.agendaPublishedAt).toBe(new Date(row.agenda_published_at!).toISOString());
    expect(harness.publishedForMeeting(AgendaPublished.type, meetingId)).toHaveLength(1);
  });

  it('should publish the recorded reason when the GP certificate’s absence is explained', async () => {
    const caseId = randomUUID();
    await harness.publish(
      CaseReferred,
      {
        caseId,
        personId: randomUUID(),
        caseType: 'job-clarification',
        coordinatingCaseworkerId: 'cw-1',
        requiredDepartments: ['job-centre'],
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
        referredAt: new Date().toISOString(),
      },
      caseId,
    );
    const absence = await eventually(
      async () => {
        const answer = await harness.request('POST', `/api/dossiers/${caseId}/gp-certificate-absence`, {
          reason: 'Egen læge har ikke svaret trods rykker.',
          recordedBy: 'cw-1',
        });
        return answer.status === 201 ? answer : undefined;
      },
      { what: 'the dossier to accept the absence' },
    );
    expect(absence.status).toBe(201);
    const announced = await publishedEvent(harness, GpCertificateAbsenceRecorded, caseId);
    expect(announced.payload).toMatchObject({ reason: 'Egen læge har ikke svaret trods rykker.', recordedBy: 'cw-1' });
    expect(harness.keyOf(announced.eventId)).toBe(caseId);
  });

  it('should show the department’s announced deadline and then the overdue flag when a department sets its deadline', async () => {
    const caseId = randomUUID();
    await harness.publish(
      CaseReferred,
      {
        caseId,
        personId: randomUUID(),
        caseType: 'resource-programme',
        coordinatingCaseworkerId: 'cw-1',
        requiredDepartments: ['job-centre', 'health-coordinator'],
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
        referredAt: new Date().toISOString(),
      },
      caseId,
    );
    await eventually(
      async () => ((await harness.request('GET', `/api/dossiers/${caseId}`)).status === 200 ? true : undefined),
      { what: 'the referral to open the dossier' },
    );
    // A case goes on the agenda before its dossier is complete; the departments' deadlines count back from it.
    const meetingId = await harness.meetingWith(caseId);
    const meetingStartsAt = (await publishedEvent(harness, CaseScheduled, caseId)).payload.startsAt;
    const announce = (deadline: string) =>
      harness.publish(
        HealthCoordinatorContributionDeadlineSet,
        { caseId, contributionId: randomUUID(), meetingId, meetingStartsAt, deadline },
        caseId,
      );
    const healthDue = async (expected: { dueBy: string; overdue: boolean }) =>
      eventually(
        async () => {
          const { body } = await harness.request<DossierBody>('GET', `/api/dossiers/${caseId}`);
          const health = body.contributions.find((contribution) => contribution.department === 'health-coordinator');
          return health?.dueBy === new Date(expected.dueBy).toISOString() && health.overdue === expected.overdue
            ? health
            : undefined;
        },
        { what: `the health contribution due by ${expected.dueBy}` },
      );

    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await announce(ahead);
    expect(await healthDue({ dueBy: ahead, overdue: false })).toMatchObject({
      status: 'missing',
      dueBySource: 'department-deadline',
    });

    // The case moved and the department's new deadline has already passed.
    const passed = new Date(Date.now() - 86_400_000).toISOString();
    await announce(passed);
    expect(await healthDue({ dueBy: passed, overdue: true })).toMatchObject({ dueBySource: 'department-deadline' });
  });
});
