import { randomInt } from 'node:crypto';
import { eventually } from '../../support/environment';
import { DEPARTMENT_CONTENT, provideGpCertificate, recordGpConsents } from './case-steps';
import { expectStatus, http } from './http-client';
import type { ServiceUrls } from './service-processes';

/** A made-up citizen: a CPR-shaped number that appears nowhere else in the code base. */
export function aCitizenCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, '0');
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const year = String(randomInt(50, 99));
  return `${day}${month}${year}-${String(randomInt(1000, 3999))}`;
}

interface Referral {
  caseId: string;
  personId: string;
}
interface Dossier {
  status: string;
  missingDepartments?: string[];
}
interface Meeting {
  meetingId: string;
}
interface OutcomeMessage {
  id: string;
  status: string;
}
interface Timeline {
  entries: { kind: string }[];
}

export interface ThinFlowResult {
  caseId: string;
  personId: string;
  meetingId: string;
  outcomeMessageId: string;
  timelineKinds: string[];
}

/**
 * One case from referral to the GP's acknowledgement, driven only through the services' public
 * REST APIs. Every step in between travels as an event between the services.
 */
export async function driveThinFlow(urls: ServiceUrls, cpr: string, timeoutMs = 60_000): Promise<ThinFlowResult> {
  const wait = { timeoutMs, intervalMs: 200 };

  // 1. The job centre refers the case.
  const referral = await expectStatus<Referral>(
    http('POST', `${urls['job-centre']}/api/cases`, {
      municipality: '101',
      cpr,
      caseType: 'resource-programme',
      coordinatingCaseworkerId: 'cw-17',
      generalPractitioner: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
    }),
    201,
    'refer the case',
  );
  // The citizen consents to the GP certificate being obtained and to the outcome going to the GP.
  await recordGpConsents(urls['job-centre'], referral.caseId);
  const { caseId } = referral;

  // 2. The job centre's contribution: the preparatory part of the plan.
  await expectStatus(
    http('PUT', `${urls['job-centre']}/api/cases/${caseId}/preparatory-part`, {
      educationAndJobGoals: 'Wants to work in retail.',
      workExperience: 'Ten years as a warehouse worker.',
      resourcesAndNetwork: 'Supportive sister.',
      challenges: 'Back pain, low mood.',
      healthSituation: 'Chronic lower back pain.',
      incomeSupportHistory: 'Sickness benefit for 12 months.',
      gpAssessment: 'See LÆ 265.',
      submittedBy: 'cw-17',
    }),
    200,
    'submit the preparatory part',
  );

  // 3. Each department sees the referral as a task, and submits its contribution.
  for (const [department, content] of Object.entries(DEPARTMENT_CONTENT)) {
    const url = urls[department as keyof ServiceUrls];
    await eventually(async () => (await http('GET', `${url}/api/cases/${caseId}/contribution`)).status === 200, {
      ...wait,
      what: `${department} to open a task for the case`,
    });
    await expectStatus(
      http('POST', `${url}/api/cases/${caseId}/contribution/submissions`, { ...content, submittedBy: `${department}-worker` }),
      201,
      `${department} submits its contribution`,
    );
  }

  // The GP certificate (LÆ 265) arrives at the health coordinator, so the case is ready for the team.
  await provideGpCertificate(urls, caseId, timeoutMs);

  // 4. The meeting service sees the dossier complete; the team meets, recommends and decides.
  await eventually(
    async () => {
      const dossier = await http<Dossier>('GET', `${urls.meeting}/api/dossiers/${caseId}`);
      return dossier.status === 200 && dossier.body.status === 'complete';
    },
    { ...wait, what: 'the dossier to be complete' },
  );
  const meeting = await expectStatus<Meeting>(
    http('POST', `${urls.meeting}/api/meetings`, {
      municipality: '101',
      startsAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
      chairId: 'chair-1',
    }),
    201,
    'schedule a meeting',
  );
  await expectStatus(http('POST', `${urls.meeting}/api/meetings/${meeting.meetingId}/cases`, { caseId }), 201, 'put the case on the agenda');
  // Quorum: every required member present, and the decision maker who decides at the meeting.
  await expectStatus(
    http('POST', `${urls.meeting}/api/meetings/${meeting.meetingId}/attendance`, {
      members: [
        { role: 'chair', staffId: 'chair-1', present: true },
        { role: 'employment', staffId: 'employment-1', present: true },
        { role: 'health', staffId: 'health-1', present: true },
        { role: 'social', staffId: 'social-1', present: true },
        { role: 'region-health-coordinator', staffId: 'region-1', present: true },
        { role: 'company-consultant', staffId: 'company-1', present: true },
        { role: 'education', staffId: 'education-1', present: true },
        { role: 'decision-maker', staffId: 'decision-maker-1', present: true },
      ],
    }),
    201,
    'record the attendance',
  );
  await expectStatus(
    http('POST', `${urls.meeting}/api/meetings/${meeting.meetingId}/cases/${caseId}/recommendation`, {
      outcome: 'resource-programme',
      text: 'Teamet indstiller et ressourceforløb på 2 år med virksomhedspraktik og smertebehandling.',
      adoptedBy: 'chair-1',
    }),
    201,
    'adopt the recommendation',
  );
  await expectStatus(
    http('POST', `${urls.meeting}/api/meetings/${meeting.meetingId}/cases/${caseId}/decision`, {
      outcome: 'resource-programme',
      decidedBy: 'decision-maker-1',
      decidedAtMeeting: true,
    }),
    201,
    'record the decision',
  );

  // 5. The GP correspondence service sends the outcome to the GP, whose inbox acknowledges it.
  const outcome = await eventually(
    async () => {
      const messages = await http<OutcomeMessage[]>('GET', `${urls['gp-correspondence']}/api/outcome-messages?caseId=${caseId}`);
      const acknowledged = messages.status === 200 && messages.body.find((message) => message.status === 'acknowledged');
      return acknowledged ?? undefined;
    },
    { ...wait, what: 'the GP to acknowledge the outcome message' },
  );

  // 6. Every service's view agrees.
  await eventually(
    async () => {
      const jobCentreCase = await http<{ status: string }>('GET', `${urls['job-centre']}/api/cases/${caseId}`);
      return jobCentreCase.body.status === 'decided';
    },
    { ...wait, what: 'the job centre to see the decision' },
  );
  const timeline = await eventually(
    async () => {
      const result = await http<Timeline>('GET', `${urls.meeting}/api/cases/${caseId}/timeline`);
      const kinds = result.status === 200 ? result.body.entries.map((entry) => entry.kind) : [];
      return kinds.includes('gp-outcome-acknowledged') && kinds;
    },
    { ...wait, what: 'the meeting timeline to show the GP acknowledgement' },
  );
  return { caseId, personId: referral.personId, meetingId: meeting.meetingId, outcomeMessageId: outcome.id, timelineKinds: timeline };
}
