import {
  CONTRIBUTING_DEPARTMENTS,
  fullAttendance,
  referCase,
  submitContribution,
  submitPreparatoryPart,
  waitForGpAcknowledgement,
} from '../../e2e/support/case-steps';
import { expectStatus, http } from '../../e2e/support/http-client';
import type { ServiceUrls } from '../../e2e/support/service-processes';
import { aCitizenCpr } from '../../e2e/support/thin-flow';
import { eventually } from '../../support/environment';

export interface CaseTimings {
  caseId: string;
  referredAt: number;
  /** When the meeting service first showed the case's dossier (the referral consumed). */
  dossierSeenAt: number;
  acknowledgedAt: number;
}

export interface DriveOptions {
  /** The latest moment any step may finish; services may be down for a while in between. */
  deadline: number;
  intervalMs?: number;
  /** Counts attempts that failed and were tried again (a service or its database was away). */
  onRetry?: (what: string, error: unknown) => void;
  /** Called after each step that is done, so a caller can pace faults by progress. */
  onStep?: () => void;
}

interface AgendaView {
  agenda: { caseId: string; recommendation: unknown; decision: unknown }[];
}

/**
 * One complete case, from the referral to the GP's acknowledgement, through the services' public
 * APIs, carrying on through services that are killed, restarted or without their database or
 * broker for a while. A step whose answer was lost is checked before it is tried again, so a
 * retry never asks twice for what was already done.
 */
export async function driveCompleteCase(urls: ServiceUrls, options: DriveOptions): Promise<CaseTimings> {
  const intervalMs = options.intervalMs ?? 500;
  const remaining = () => Math.max(1_000, options.deadline - Date.now());
  const step = async <T>(
    what: string,
    action: () => Promise<T>,
    done?: () => Promise<boolean>,
  ): Promise<T | undefined> => {
    let attempt = 0;
    return eventually(
      async () => {
        attempt += 1;
        if (attempt > 1 && done && (await done())) return { value: undefined as T | undefined };
        try {
          const value = (await action()) as T | undefined;
          options.onStep?.();
          return { value };
        } catch (error) {
          options.onRetry?.(what, error);
          throw error;
        }
      },
      { timeoutMs: remaining(), intervalMs, what },
    ).then((outcome) => outcome.value);
  };

  const referredAt = Date.now();
  const { caseId } = (await step('refer the case', () => referCase(urls, { cpr: aCitizenCpr() })))!;
  await step('submit the preparatory part', () => submitPreparatoryPart(urls, caseId));

  let dossierSeenAt = 0;
  const dossierSeen = eventually(
    async () => (await http('GET', `${urls.meeting}/api/dossiers/${caseId}`)).status === 200,
    { timeoutMs: remaining(), intervalMs: Math.min(intervalMs, 100), what: `the dossier of ${caseId}` },
  ).then(() => (dossierSeenAt = Date.now()));

  const contributionSubmitted = (department: string) => async () => {
    const task = await http<{ status: string }>(
      'GET',
      `${urls[department as keyof ServiceUrls]}/api/cases/${caseId}/contribution`,
    );
    return task.status === 200 && task.body.status === 'submitted';
  };
  await Promise.all(
    CONTRIBUTING_DEPARTMENTS.map((department) =>
      step(
        `${department} contributes to ${caseId}`,
        () => submitContribution(urls, department, caseId, remaining()),
        contributionSubmitted(department),
      ),
    ),
  );

  const certificate = `${urls['health-coordinator']}/api/cases/${caseId}/gp-certificate`;
  await step(
    `request the GP certificate of ${caseId}`,
    () =>
      expectStatus(
        http('POST', `${certificate}/request`, { requestedBy: 'health-coordinator-worker' }),
        201,
        'request the GP certificate',
      ),
    async () => (await http('GET', certificate)).status === 200,
  );
  await step(`record the GP certificate of ${caseId}`, () =>
    expectStatus(
      http('POST', `${certificate}/receipt`, {
        documentReference: `lae265-${caseId.slice(0, 8)}`,
        recordedBy: 'health-coordinator-worker',
      }),
      200,
      'record the GP certificate as received',
    ),
  );
  await eventually(
    async () => {
      const dossier = await http<{ status: string }>('GET', `${urls.meeting}/api/dossiers/${caseId}`);
      return dossier.status === 200 && dossier.body.status === 'complete';
    },
    { timeoutMs: remaining(), intervalMs, what: `the dossier of ${caseId} to be complete` },
  );
  await dossierSeen;

  const meetingId = (await step('schedule a meeting', () =>
    expectStatus<{ meetingId: string }>(
      http('POST', `${urls.meeting}/api/meetings`, {
        municipality: '101',
        startsAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
        chairId: 'chair-1',
      }),
      201,
      'schedule a meeting',
    ),
  ))!.meetingId;
  const meetingUrl = `${urls.meeting}/api/meetings/${meetingId}`;
  const agendaItem = async () => {
    const meeting = await http<AgendaView>('GET', meetingUrl);
    return meeting.status === 200 ? meeting.body.agenda.find((item) => item.caseId === caseId) : undefined;
  };
  await step(
    `put ${caseId} on the agenda`,
    () => expectStatus(http('POST', `${meetingUrl}/cases`, { caseId }), 201, 'put the case on the agenda'),
    async () => (await agendaItem()) !== undefined,
  );
  await step('record the attendance', () =>
    expectStatus(http('POST', `${meetingUrl}/attendance`, { members: fullAttendance() }), 201, 'record the attendance'),
  );
  await step(
    `adopt the recommendation for ${caseId}`,
    () =>
      expectStatus(
        http('POST', `${meetingUrl}/cases/${caseId}/recommendation`, {
          outcome: 'resource-programme',
          text: 'Teamet indstiller et ressourceforløb på 2 år med virksomhedspraktik.',
          adoptedBy: 'chair-1',
        }),
        201,
        'adopt the recommendation',
      ),
    async () => Boolean((await agendaItem())?.recommendation),
  );
  await step(
    `decide ${caseId}`,
    () =>
      expectStatus(
        http('POST', `${meetingUrl}/cases/${caseId}/decision`, {
          outcome: 'resource-programme',
          decidedBy: 'decision-maker-1',
          decidedAtMeeting: true,
        }),
        201,
        'record the decision',
      ),
    async () => Boolean((await agendaItem())?.decision),
  );
  await waitForGpAcknowledgement(urls, caseId, remaining());
  return { caseId, referredAt, dossierSeenAt, acknowledgedAt: Date.now() };
}
