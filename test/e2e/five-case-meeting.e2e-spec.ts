import { randomInt } from 'node:crypto';
import { physicalTopic, Topics } from '@rehab/contracts';
import { eventually, testDatabaseUrl, testKafkaBrokers, uniqueName } from '../support/environment';
import {
  caseTimeline,
  CONTRIBUTING_DEPARTMENTS,
  DEPARTMENT_CONTENT,
  fullAttendance,
  type ReferredCase,
  provideGpCertificate,
  referCase,
  submitContribution,
  submitPreparatoryPart,
  waitForDossierStatus,
  waitForGpAcknowledgement,
} from './support/case-steps';
import { expectStatus, http } from './support/http-client';
import { KafkaInspector } from './support/kafka-inspection';
import { assertNoCprIn } from './support/privacy-scan';
import {
  type RunningProcess,
  SERVICE_NAMES,
  type ServiceProcesses,
  type ServiceUrls,
  startServiceProcesses,
} from './support/service-processes';
import { aCitizenCpr } from './support/thin-flow';

jest.setTimeout(120_000);

const MUNICIPALITY = '101';
const DECISION_MAKER = 'decision-maker-1';
const WAIT = { timeoutMs: 30_000, intervalMs: 200 };

interface AgendaItem {
  caseId: string;
  status: string;
  citizen: { present: boolean; absenceReason: string | null; supporter: string | null } | null;
  recommendation: { outcome: string } | null;
  pendingDecision: { owner: string; dueDate: string } | null;
  decision: {
    outcome: string;
    followsRecommendation: boolean;
    decidedAtMeeting: boolean;
    deviationReason: string | null;
  } | null;
}
interface MeetingView {
  meetingId: string;
  municipality: string;
  startsAt: string;
  agenda: AgendaItem[];
  attendance: { role: string; staffId: string; present: boolean }[];
  quorum: { hasQuorum: boolean; missingRoles: string[] };
}
interface TaskSummary {
  caseId: string;
  municipality: string;
}
interface DossierSummary {
  caseId: string;
  municipality: string;
}
interface Statistics {
  municipality: string;
  recommendedOutcomes: { outcome: string; count: number }[];
  decidedOutcomes: { outcome: string; count: number }[];
  decisionsAgainstRecommendation: number;
  quorumHistory: { meetingId: string; hasQuorum: boolean; missingRoles: string[] }[];
}
interface DeadlinePayload {
  caseId: string;
  meetingId: string;
  meetingStartsAt: string;
  deadline: string;
}

function dateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * A full meeting of five cases in one municipality, with the six services as separate processes
 * on Kafka: one resource programme later extended without a meeting, one flex job, one
 * disability pension decided after the meeting, one case sent back to the team, and one whose
 * company-consultant contribution is overdue and arrives late. Then a case in another
 * municipality, to show that no list of one municipality returns the other's case.
 */
describe('a meeting of five cases across the six services on Kafka', () => {
  const prefix = uniqueName('e2e').replace('_', '-');
  let urls: ServiceUrls;
  const processes: RunningProcess[] = [];
  const inspector = new KafkaInspector(testKafkaBrokers());
  const cases: Record<'programme' | 'flexJob' | 'pension' | 'sentBack' | 'late', ReferredCase> = {} as never;
  let meetingId: string;
  const cprs: string[] = [];
  const citizen = () => {
    cprs.push(aCitizenCpr());
    return cprs.at(-1)!;
  };

  const meeting = async (id: string) =>
    expectStatus<MeetingView>(http('GET', `${urls.meeting}/api/meetings/${id}`), 200, 'read the meeting');
  const meetingEventsFor = async <Payload>(type: string, id: string, count: number) =>
    eventually(
      async () => {
        const seen = (await inspector.meetingEventsOfType<Payload>(prefix, type)).filter(
          (event) => event.envelope.meetingId === id,
        );
        return seen.length >= count ? seen : undefined;
      },
      { ...WAIT, what: `${count} ${type} for meeting ${id} on Kafka` },
    );
  const eventFor = async <Payload>(type: string, caseId: string) =>
    eventually(
      async () => (await inspector.eventsOfType<Payload>(prefix, type)).find((seen) => seen.envelope.caseId === caseId),
      { ...WAIT, what: `${type} for case ${caseId} on Kafka` },
    );

  let services: ServiceProcesses;

  beforeAll(async () => {
    services = await startServiceProcesses({
      databaseUrl: testDatabaseUrl(),
      brokers: testKafkaBrokers(),
      prefix,
      environment: {
        OUTBOX_POLL_INTERVAL_MS: '200',
        // Contributions are due when the meeting starts, and the departments look every 200 ms.
        CONTRIBUTION_DEADLINE_WORKING_DAYS: '0',
        CONTRIBUTION_REMINDER_WORKING_DAYS: '0',
        CONTRIBUTION_DEADLINE_CHECK_INTERVAL_MS: '200',
        // A meeting's agenda goes out within moments of its lead time.
        MEETING_AGENDA_CHECK_INTERVAL_MS: '200',
      },
    });
    urls = services.urls;
    processes.push(...services.processes);
  });

  afterAll(async () => {
    await services?.stop();
    await inspector.close();
  });

  it('should hold a meeting of five cases with a pending pension, a case sent back, an overdue contribution and an extension when the team meets', async () => {
    // 1. The job centre refers five cases and writes each preparatory part with the citizen.
    const types = {
      programme: 'resource-programme',
      flexJob: 'flex-job',
      pension: 'disability-pension',
      sentBack: 'job-clarification',
      late: 'self-employed-subsidy',
    } as const;
    for (const [name, caseType] of Object.entries(types) as [keyof typeof types, string][]) {
      cases[name] = await referCase(urls, { cpr: citizen(), caseType, municipality: MUNICIPALITY });
      await submitPreparatoryPart(urls, cases[name].caseId);
    }

    // 2. Every department contributes in time, except the company consultant on the late case;
    // the GP certificate arrives for every case.
    for (const { caseId } of Object.values(cases)) {
      for (const department of CONTRIBUTING_DEPARTMENTS) {
        if (caseId === cases.late.caseId && department === 'company-consultant') continue;
        await submitContribution(urls, department, caseId);
      }
      await provideGpCertificate(urls, caseId);
    }
    for (const name of ['programme', 'flexJob', 'pension', 'sentBack'] as const) {
      await waitForDossierStatus(urls, cases[name].caseId, 'complete');
    }
    await eventually(
      async () => {
        const dossier = await http<{ status: string; missingDepartments: string[] }>(
          'GET',
          `${urls.meeting}/api/dossiers/${cases.late.caseId}`,
        );
        return dossier.body.status === 'incomplete' && dossier.body.missingDepartments.join() === 'company-consultant';
      },
      { ...WAIT, what: 'the late case’s dossier to miss only the company consultant' },
    );

    // 3. The meeting starts in a few seconds. All five referred cases go on its agenda, the late
    // case too although its dossier still misses the company consultant: the case list goes out
    // ahead of the meeting, and the departments' deadlines count back from it.
    const startsAt = new Date(Date.now() + 3_000).toISOString();
    meetingId = (
      await expectStatus<MeetingView>(
        http('POST', `${urls.meeting}/api/meetings`, {
          municipality: MUNICIPALITY,
          startsAt,
          chairId: 'chair-1',
          capacity: 5,
        }),
        201,
        'schedule the meeting',
      )
    ).meetingId;
    for (const name of ['programme', 'flexJob', 'pension', 'sentBack', 'late'] as const) {
      await expectStatus(
        http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases`, { caseId: cases[name].caseId }),
        201,
        `put the ${name} case on the agenda`,
      );
    }

    // 4. The departments hear of the late case's meeting from the meeting service itself.
    const scheduled = await eventFor<{ caseId: string; meetingId: string }>(
      'meeting.case-scheduled',
      cases.late.caseId,
    );
    expect(scheduled.envelope.payload.meetingId).toBe(meetingId);

    // 5. The company consultant misses its deadline (the meeting's start): overdue, on its topic.
    const overdue = await eventFor<DeadlinePayload>('company-consultant.contribution-overdue', cases.late.caseId);
    expect(overdue.record.topic).toBe(physicalTopic(Topics.companyConsultantContributions, prefix));
    expect(overdue.envelope.municipality).toBe(MUNICIPALITY);
    expect(overdue.envelope.payload).toMatchObject({ meetingId, meetingStartsAt: startsAt, deadline: startsAt });
    const overdueTask = await http<{ status: string; deadline: { overdueAnnouncedAt: string | null } }>(
      'GET',
      `${urls['company-consultant']}/api/cases/${cases.late.caseId}/contribution`,
    );
    expect(overdueTask.body.status).toBe('open');
    expect(overdueTask.body.deadline.overdueAnnouncedAt).not.toBeNull();
    const overdueCases = [
      ...(await inspector.eventsOfType(prefix, 'health-coordinator.contribution-overdue')),
      ...(await inspector.eventsOfType(prefix, 'social-psychiatry.contribution-overdue')),
      ...(await inspector.eventsOfType(prefix, 'company-consultant.contribution-overdue')),
    ].map((seen) => seen.envelope.caseId);
    expect(overdueCases).toEqual([cases.late.caseId]);

    // 6. Not ready, the team cannot adopt a recommendation on it; its contribution then arrives
    // late and the dossier completes, so the case is ready for the team.
    const notReady = await http<{ message: string }>(
      'POST',
      `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.late.caseId}/recommendation`,
      { outcome: 'self-employed-subsidy', text: 'Teamet indstiller tilskud.', adoptedBy: 'chair-1' },
    );
    expect(notReady.status).toBe(422);
    expect(notReady.body.message).toContain('company-consultant');
    await submitContribution(urls, 'company-consultant', cases.late.caseId);
    await waitForDossierStatus(urls, cases.late.caseId, 'complete');

    // 7. Attendance: without the health member there is no quorum; once recorded present, there is.
    const withoutHealth = await expectStatus<MeetingView>(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/attendance`, {
        members: fullAttendance({ health: false }),
      }),
      201,
      'record the attendance without the health member',
    );
    expect(withoutHealth.quorum).toEqual({ hasQuorum: false, missingRoles: ['health'] });
    const attended = await expectStatus<MeetingView>(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/attendance`, {
        members: [{ role: 'health', staffId: 'health-1', present: true }],
      }),
      201,
      'record the health member as present',
    );
    expect(attended.quorum).toEqual({ hasQuorum: true, missingRoles: [] });

    // 7b. The chair opens the meeting. The meeting's own steps are on Kafka, keyed by the meeting:
    // its scheduling, the agenda going out at its lead time (every case was placed after the
    // lead time, so each is flagged late), each attendance with the quorum, and the opening.
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/proceedings`, { step: 'opened', recordedBy: 'chair-1' }),
      201,
      'open the meeting',
    );
    const proceedingsTopic = physicalTopic(Topics.meetingProceedings, prefix);
    const [meetingScheduled] = await meetingEventsFor('meeting.meeting-scheduled', meetingId, 1);
    expect(meetingScheduled.record).toMatchObject({ topic: proceedingsTopic, key: meetingId });
    expect(meetingScheduled.envelope).toMatchObject({ municipality: MUNICIPALITY, payload: { startsAt } });
    const [agendaPublished] = await meetingEventsFor<{ cases: { caseId: string; late: boolean }[] }>(
      'meeting.agenda-published',
      meetingId,
      1,
    );
    expect(agendaPublished.record.key).toBe(meetingId);
    expect(agendaPublished.envelope.payload.cases.every((item) => item.late)).toBe(true);
    expect(
      (await eventFor<{ late?: boolean }>('meeting.case-scheduled', cases.late.caseId)).envelope.payload.late,
    ).toBe(true);
    const attendanceEvents = await meetingEventsFor<{ role: string; quorum: { hasQuorum: boolean } }>(
      'meeting.attendance-recorded',
      meetingId,
      fullAttendance({ health: false }).length + 1,
    );
    expect(attendanceEvents.every((event) => event.record.key === meetingId)).toBe(true);
    expect(
      attendanceEvents.find(
        (event) => event.envelope.payload.role === 'health' && event.envelope.payload.quorum.hasQuorum,
      ),
    ).toBeDefined();
    const [opened] = await meetingEventsFor<{ sequence: number }>('meeting.meeting-opened', meetingId, 1);
    expect(opened.envelope.payload.sequence).toBe(1);

    // 8. The citizen's presence, per case: one came with a supporter, one could not take part.
    for (const [name, { caseId }] of Object.entries(cases)) {
      const body =
        name === 'flexJob'
          ? {
              present: false,
              absenceReason: 'Admitted to hospital; the citizen agreed that the case is handled without them.',
            }
          : { present: true, ...(name === 'programme' ? { supporter: 'Hanne Jensen' } : {}) };
      await expectStatus(
        http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${caseId}/citizen-attendance`, body),
        201,
        `record the citizen of the ${name} case`,
      );
    }

    // 9. The draft recommendation for the resource programme, from every contribution.
    const draft = await expectStatus<{ mediaType: string; html: string }>(
      http('GET', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.programme.caseId}/recommendation/draft`),
      200,
      'draft the recommendation',
    );
    expect(draft.mediaType).toBe('text/html');
    expect(draft.html).toContain('Rehabiliteringsteamets indstilling');
    expect(draft.html).toContain('Hanne Jensen');
    for (const department of CONTRIBUTING_DEPARTMENTS) {
      expect(draft.html).toContain(Object.values(DEPARTMENT_CONTENT[department])[0]);
    }

    // 10. One recommendation per case.
    const recommendations = {
      programme: {
        outcome: 'resource-programme',
        text: 'Teamet indstiller et ressourceforløb på 2 år med virksomhedspraktik.',
      },
      flexJob: { outcome: 'flex-job', text: 'Teamet indstiller fleksjob på 12 timer om ugen.' },
      pension: {
        outcome: 'disability-pension',
        text: 'Teamet indstiller, at sagen overgår til behandling af førtidspension.',
        employmentFactors: 'No work capacity shown in three internships over four years.',
        socialFactors: 'Stable housing and network; no social obstacles to work.',
        healthFactors: 'Progressive illness documented by the hospital and the GP.',
        workCapacityReasoning: 'Work capacity is substantially and permanently reduced; no treatment can restore it.',
      },
      sentBack: {
        outcome: 'job-clarification',
        text: 'Teamet indstiller et nyt jobafklaringsforløb med afklaring af helbredet.',
      },
      late: { outcome: 'self-employed-subsidy', text: 'Teamet indstiller tilskud til selvstændigt erhvervsdrivende.' },
    } as const;
    for (const [name, recommendation] of Object.entries(recommendations) as [keyof typeof cases, object][]) {
      await expectStatus(
        http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases[name].caseId}/recommendation`, {
          ...recommendation,
          adoptedBy: 'chair-1',
        }),
        201,
        `adopt the recommendation for the ${name} case`,
      );
    }

    // 11. Decisions at the meeting; the decision maker goes against the recommendation once.
    for (const name of ['programme', 'flexJob', 'late'] as const) {
      await expectStatus(
        http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases[name].caseId}/decision`, {
          outcome: recommendations[name].outcome,
          decidedBy: DECISION_MAKER,
          decidedAtMeeting: true,
        }),
        201,
        `decide the ${name} case at the meeting`,
      );
    }
    const deviationReason =
      'The health situation is clarified enough; a resource programme gives the citizen more time.';
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.sentBack.caseId}/decision`, {
        outcome: 'resource-programme',
        decidedBy: DECISION_MAKER,
        decidedAtMeeting: true,
        deviationReason,
      }),
      201,
      'decide against the recommendation',
    );

    // 12. Disability pension is not decided at the meeting: pending with an owner and a due date.
    const atMeeting = await http<{ message: string }>(
      'POST',
      `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.pension.caseId}/decision`,
      {
        outcome: 'disability-pension',
        decidedBy: DECISION_MAKER,
        decidedAtMeeting: true,
      },
    );
    expect(atMeeting.status).toBe(422);
    expect(atMeeting.body.message).toMatch(/not taken at the meeting/);
    const dueDate = dateInDays(14);
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.pension.caseId}/decision/pending`, {
        owner: 'pension-unit-2',
        dueDate,
      }),
      201,
      'record the pension decision as pending',
    );
    const pendingItem = (await meeting(meetingId)).agenda.find((item) => item.caseId === cases.pension.caseId)!;
    expect(pendingItem.pendingDecision).toMatchObject({ owner: 'pension-unit-2', dueDate });
    expect(pendingItem.decision).toBeNull();
    const pendingEvent = await eventFor<{ owner: string; dueDate: string }>(
      'meeting.decision-pending',
      cases.pension.caseId,
    );
    expect(pendingEvent.envelope.payload).toMatchObject({ owner: 'pension-unit-2' });

    // 13. The pension unit decides after the meeting.
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${meetingId}/cases/${cases.pension.caseId}/decision`, {
        outcome: 'disability-pension',
        decidedBy: 'pension-unit-2',
        decidedAtMeeting: false,
      }),
      201,
      'decide the pension case outside the meeting',
    );

    // 14. The meeting's record: who was there, each citizen, each recommendation and decision.
    const held = await meeting(meetingId);
    expect(held.quorum.hasQuorum).toBe(true);
    expect(held.agenda.map((item) => item.caseId).sort()).toEqual(
      Object.values(cases)
        .map((referred) => referred.caseId)
        .sort(),
    );
    const item = (name: keyof typeof cases) =>
      held.agenda.find((agendaItem) => agendaItem.caseId === cases[name].caseId)!;
    expect(item('programme').citizen).toMatchObject({ present: true, supporter: 'Hanne Jensen' });
    expect(item('flexJob').citizen).toMatchObject({ present: false });
    expect(item('flexJob').citizen?.absenceReason).toContain('hospital');
    expect(item('pension').decision).toMatchObject({
      outcome: 'disability-pension',
      decidedAtMeeting: false,
      followsRecommendation: true,
    });
    expect(item('sentBack').decision).toMatchObject({
      outcome: 'resource-programme',
      followsRecommendation: false,
      deviationReason,
    });
    for (const name of ['programme', 'flexJob', 'late'] as const) {
      expect(item(name).decision).toMatchObject({
        outcome: recommendations[name].outcome,
        decidedAtMeeting: true,
        followsRecommendation: true,
      });
    }

    // 15. The case decided against the recommendation goes back to the team, and on a later meeting.
    const returned = await eventFor<{ reason: string }>('meeting.case-returned-to-team', cases.sentBack.caseId);
    expect(returned.record.topic).toBe(physicalTopic(Topics.meetings, prefix));
    expect(returned.envelope.payload.reason).toBe(deviationReason);
    const nextMeeting = await expectStatus<MeetingView>(
      http('POST', `${urls.meeting}/api/meetings`, {
        municipality: MUNICIPALITY,
        startsAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
        chairId: 'chair-1',
      }),
      201,
      'schedule the next meeting',
    );
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${nextMeeting.meetingId}/cases`, { caseId: cases.sentBack.caseId }),
      201,
      'put the returned case on the next meeting',
    );
    const sentBackTimeline = await caseTimeline(urls, cases.sentBack.caseId);
    expect(sentBackTimeline.filter((entry) => entry.kind === 'decision-recorded')).toEqual([
      expect.objectContaining({ meetingId, outcome: 'resource-programme', followsRecommendation: false }),
    ]);
    expect(sentBackTimeline.filter((entry) => entry.kind === 'case-scheduled').map((entry) => entry.meetingId)).toEqual(
      [meetingId, nextMeeting.meetingId],
    );

    // 16. The GP hears the outcome of every case that followed the recommendation, and acknowledges.
    for (const name of ['programme', 'flexJob', 'pension', 'late'] as const) {
      await waitForGpAcknowledgement(urls, cases[name].caseId);
    }
    const pensionTimeline = await eventually(
      async () => {
        const entries = await caseTimeline(urls, cases.pension.caseId);
        return entries.some((entry) => entry.kind === 'gp-outcome-acknowledged') && entries;
      },
      { ...WAIT, what: 'the pension case’s timeline to show the GP acknowledgement' },
    );
    expect(pensionTimeline.find((entry) => entry.kind === 'decision-recorded')).toMatchObject({
      outcome: 'disability-pension',
      decidedAtMeeting: false,
    });

    // 17. Later, the resource programme is extended without a new meeting.
    await eventually(
      async () =>
        (await http<{ status: string }>('GET', `${urls['job-centre']}/api/cases/${cases.programme.caseId}`)).body
          .status === 'decided',
      { ...WAIT, what: 'the job centre to see the resource programme decided' },
    );
    const extendedUntil = dateInDays(365);
    await expectStatus(
      http('POST', `${urls['job-centre']}/api/cases/${cases.programme.caseId}/extensions`, {
        nothingNew: true,
        reason: 'Nothing new: the programme runs as planned, the citizen needs more time in the internship.',
        decisionMakerId: DECISION_MAKER,
        extendedUntil,
        recordedBy: 'cw-17',
      }),
      201,
      'extend the resource programme without a meeting',
    );
    const extended = await eventFor<{ extendedUntil: string | null }>(
      'job-centre.resource-programme-extended',
      cases.programme.caseId,
    );
    expect(extended.record.topic).toBe(physicalTopic(Topics.jobCentreCases, prefix));
    expect(extended.envelope.payload).toMatchObject({ extendedUntil });

    // 18. The municipality's statistics count the meeting with its quorum.
    const statistics = await expectStatus<Statistics>(
      http('GET', `${urls.meeting}/api/statistics?municipality=${MUNICIPALITY}`),
      200,
      'read the statistics',
    );
    expect(statistics.quorumHistory).toEqual(
      expect.arrayContaining([expect.objectContaining({ meetingId, hasQuorum: true })]),
    );
    expect(statistics.decisionsAgainstRecommendation).toBeGreaterThanOrEqual(1);
  });

  it('should never list a case of one municipality in another municipality’s work queues, dossiers or statistics', async () => {
    const other = await eventually(
      async () => {
        const candidate = String(randomInt(900, 999));
        const dossiers = await http<DossierSummary[]>('GET', `${urls.meeting}/api/dossiers?municipality=${candidate}`);
        return dossiers.status === 200 && dossiers.body.length === 0 && candidate;
      },
      { ...WAIT, what: 'a municipality code nobody used yet' },
    );
    const elsewhere = await referCase(urls, { cpr: citizen(), caseType: 'flex-job', municipality: other });
    await submitPreparatoryPart(urls, elsewhere.caseId);
    for (const department of CONTRIBUTING_DEPARTMENTS) await submitContribution(urls, department, elsewhere.caseId);
    await provideGpCertificate(urls, elsewhere.caseId);
    await waitForDossierStatus(urls, elsewhere.caseId, 'complete');

    // A meeting of the other municipality does not take the case, nor ours theirs.
    const refused = await http<{ message: string }>('POST', `${urls.meeting}/api/meetings/${meetingId}/cases`, {
      caseId: elsewhere.caseId,
    });
    expect(refused.status).toBe(422);
    const otherMeeting = await expectStatus<MeetingView>(
      http('POST', `${urls.meeting}/api/meetings`, {
        municipality: other,
        startsAt: new Date(Date.now() + 1_000).toISOString(),
        chairId: 'chair-9',
      }),
      201,
      'schedule a meeting in the other municipality',
    );
    expect(
      (
        await http('POST', `${urls.meeting}/api/meetings/${otherMeeting.meetingId}/cases`, {
          caseId: cases.late.caseId,
        })
      ).status,
    ).toBe(422);
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${otherMeeting.meetingId}/cases`, { caseId: elsewhere.caseId }),
      201,
      'put the case on its own municipality’s meeting',
    );
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${otherMeeting.meetingId}/attendance`, { members: fullAttendance() }),
      201,
      'record attendance',
    );
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${otherMeeting.meetingId}/cases/${elsewhere.caseId}/recommendation`, {
        outcome: 'flex-job',
        text: 'Teamet indstiller fleksjob.',
        adoptedBy: 'chair-9',
      }),
      201,
      'adopt the recommendation in the other municipality',
    );
    await expectStatus(
      http('POST', `${urls.meeting}/api/meetings/${otherMeeting.meetingId}/cases/${elsewhere.caseId}/decision`, {
        outcome: 'flex-job',
        decidedBy: DECISION_MAKER,
        decidedAtMeeting: true,
      }),
      201,
      'decide in the other municipality',
    );

    const ours = Object.values(cases).map((referred) => referred.caseId);
    for (const department of CONTRIBUTING_DEPARTMENTS) {
      const queue = await expectStatus<TaskSummary[]>(
        http('GET', `${urls[department]}/api/contribution-tasks?municipality=${MUNICIPALITY}`),
        200,
        `${department} work queue`,
      );
      expect(queue.every((task) => task.municipality === MUNICIPALITY)).toBe(true);
      expect(queue.map((task) => task.caseId)).toEqual(expect.arrayContaining(ours));
      expect(queue.map((task) => task.caseId)).not.toContain(elsewhere.caseId);
      const theirs = await expectStatus<TaskSummary[]>(
        http('GET', `${urls[department]}/api/contribution-tasks?municipality=${other}`),
        200,
        `${department} other work queue`,
      );
      expect(theirs.map((task) => [task.caseId, task.municipality])).toEqual([[elsewhere.caseId, other]]);
    }

    const dossiers = await expectStatus<DossierSummary[]>(
      http('GET', `${urls.meeting}/api/dossiers?municipality=${MUNICIPALITY}`),
      200,
      'our dossiers',
    );
    expect(dossiers.every((dossier) => dossier.municipality === MUNICIPALITY)).toBe(true);
    expect(dossiers.map((dossier) => dossier.caseId)).toEqual(expect.arrayContaining(ours));
    expect(dossiers.map((dossier) => dossier.caseId)).not.toContain(elsewhere.caseId);
    const theirDossiers = await expectStatus<DossierSummary[]>(
      http('GET', `${urls.meeting}/api/dossiers?municipality=${other}`),
      200,
      'their dossiers',
    );
    expect(theirDossiers.map((dossier) => dossier.caseId)).toEqual([elsewhere.caseId]);

    // Statistics: theirs hold exactly their one meeting and case; ours never their meeting.
    const theirStatistics = await eventually(
      async () => {
        const response = await http<Statistics>('GET', `${urls.meeting}/api/statistics?municipality=${other}`);
        return response.status === 200 && response.body.quorumHistory.length > 0 && response.body;
      },
      { ...WAIT, what: 'the other municipality’s meeting to have started' },
    );
    expect(theirStatistics.municipality).toBe(other);
    expect(theirStatistics.quorumHistory.map((entry) => entry.meetingId)).toEqual([otherMeeting.meetingId]);
    expect(theirStatistics.recommendedOutcomes).toEqual([{ outcome: 'flex-job', count: 1 }]);
    expect(theirStatistics.decidedOutcomes).toEqual([{ outcome: 'flex-job', count: 1 }]);
    expect(theirStatistics.decisionsAgainstRecommendation).toBe(0);
    const ourStatistics = await expectStatus<Statistics>(
      http('GET', `${urls.meeting}/api/statistics?municipality=${MUNICIPALITY}`),
      200,
      'our statistics',
    );
    expect(ourStatistics.quorumHistory.map((entry) => entry.meetingId)).toContain(meetingId);
    expect(ourStatistics.quorumHistory.map((entry) => entry.meetingId)).not.toContain(otherMeeting.meetingId);
  });

  it('should keep every citizen’s CPR number out of logs and Kafka when six cases have been handled', async () => {
    const records = await inspector.readAll(prefix);
    expect(cprs).toHaveLength(6);
    for (const cpr of cprs) {
      assertNoCprIn(cpr, {
        ...Object.fromEntries(processes.map((child) => [`log of ${child.name}`, child.output()])),
        'Kafka keys': records.map((record) => record.key).join('\n'),
        'Kafka headers': records.map((record) => JSON.stringify(record.headers)).join('\n'),
        'Kafka values': records.map((record) => record.value).join('\n'),
      });
    }
  });

  it('should dead-letter nothing in any service when the whole meeting has been handled', async () => {
    for (const service of SERVICE_NAMES) {
      const letters = await expectStatus<{ sourceTopic: string }[]>(
        http('GET', `${urls[service]}/api/operations/dead-letters?limit=100`),
        200,
        `read the dead letters of ${service}`,
      );
      // The database may hold other runs' dead letters; this run's topics carry its prefix.
      const ours = letters.filter((letter) => letter.sourceTopic.startsWith(`${prefix}.`));
      expect({ service, letters: ours }).toEqual({ service, letters: [] });
    }
  });
});
