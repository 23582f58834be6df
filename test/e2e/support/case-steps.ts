import { eventually } from '../../support/environment';
import { expectStatus, http } from './http-client';
import type { ServiceUrls } from './service-processes';

/** The three department services that contribute through the shared contribution-task library. */
export const CONTRIBUTING_DEPARTMENTS = ['health-coordinator', 'social-psychiatry', 'company-consultant'] as const;
export type ContributingDepartment = (typeof CONTRIBUTING_DEPARTMENTS)[number];

/** A contribution that fills in every heading of each department. */
export const DEPARTMENT_CONTENT: Record<ContributingDepartment, Record<string, string>> = {
  'health-coordinator': {
    assessment: 'Chronic lower back pain; can work seated for four hours a day.',
    workImplications: 'No heavy lifting; frequent breaks.',
    treatmentOptions: 'Physiotherapy twice a week; pain clinic referral.',
  },
  'social-psychiatry': {
    socialConditions: 'Lives alone; supportive sister nearby.',
    existingSupport: 'None at present.',
    housing: 'Rented flat, stable.',
    abuseTreatment: 'Not relevant.',
    psychiatricStatus: 'Mild depression, treated by GP.',
  },
  'company-consultant': {
    jobPossibilities: 'Internship at a local retail chain, seated cashier work.',
    jobDemands: 'Four hours a day, adjustable chair, no lifting over 5 kg.',
  },
};

export const PREPARATORY_PART = {
  educationAndJobGoals: 'Wants to work in retail.',
  workExperience: 'Ten years as a warehouse worker.',
  resourcesAndNetwork: 'Supportive sister.',
  challenges: 'Back pain, low mood.',
  healthSituation: 'Chronic lower back pain.',
  incomeSupportHistory: 'Sickness benefit for 12 months.',
  gpAssessment: 'See LÆ 265.',
} as const;

/** Every role the quorum rule asks for, plus the decision maker who decides at the meeting. */
export function fullAttendance(
  overrides: Partial<Record<string, boolean>> = {},
): { role: string; staffId: string; present: boolean }[] {
  return [
    'chair',
    'minute-taker',
    'employment',
    'health',
    'social',
    'education',
    'region-health-coordinator',
    'company-consultant',
    'decision-maker',
  ].map((role) => ({ role, staffId: `${role}-1`, present: overrides[role] ?? true }));
}

export interface ReferredCase {
  caseId: string;
  personId: string;
}

export interface ReferralInput {
  cpr: string;
  municipality?: string;
  caseType?: string;
  coordinatingCaseworkerId?: string;
  /** The citizen's consents recorded with the referral; by default those the GP messages need. */
  consents?: readonly GpConsentScope[];
}

/** The consents (samtykke) a case's messages to the GP need: to obtain the GP certificate, to share the outcome. */
export const GP_CONSENTS = ['obtain-gp-certificate', 'share-outcome-with-gp'] as const;
export type GpConsentScope = (typeof GP_CONSENTS)[number];

/** The coordinating caseworker records the citizen's consents to obtain from and share with the GP. */
export async function recordGpConsents(
  jobCentreUrl: string,
  caseId: string,
  scopes: readonly GpConsentScope[] = GP_CONSENTS,
): Promise<void> {
  for (const scope of scopes) {
    await expectStatus(
      http('POST', `${jobCentreUrl}/api/cases/${caseId}/consents`, {
        scope,
        party: 'gp',
        givenAt: new Date().toISOString(),
        source: 'signed-form',
        recordedBy: 'cw-17',
      }),
      201,
      `record the consent ${scope}`,
    );
  }
}

export async function referCase(urls: ServiceUrls, input: ReferralInput): Promise<ReferredCase> {
  const referred = await expectStatus<ReferredCase>(
    http('POST', `${urls['job-centre']}/api/cases`, {
      municipality: input.municipality ?? '101',
      cpr: input.cpr,
      caseType: input.caseType ?? 'resource-programme',
      coordinatingCaseworkerId: input.coordinatingCaseworkerId ?? 'cw-17',
      generalPractitioner: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
    }),
    201,
    `refer a ${input.caseType ?? 'resource-programme'} case`,
  );
  await recordGpConsents(urls['job-centre'], referred.caseId, input.consents ?? GP_CONSENTS);
  return referred;
}

/** The job centre's contribution: the preparatory part of the plan, written with the citizen. */
export async function submitPreparatoryPart(urls: ServiceUrls, caseId: string): Promise<void> {
  await expectStatus(
    http('PUT', `${urls['job-centre']}/api/cases/${caseId}/preparatory-part`, {
      ...PREPARATORY_PART,
      submittedBy: 'cw-17',
    }),
    200,
    'submit the preparatory part',
  );
}

/** Waits until the referral has opened the department's task, then submits its contribution. */
export async function submitContribution(
  urls: ServiceUrls,
  department: ContributingDepartment,
  caseId: string,
  timeoutMs = 30_000,
): Promise<void> {
  const url = urls[department];
  await eventually(async () => (await http('GET', `${url}/api/cases/${caseId}/contribution`)).status === 200, {
    timeoutMs,
    intervalMs: 200,
    what: `${department} to open a task for case ${caseId}`,
  });
  await expectStatus(
    http('POST', `${url}/api/cases/${caseId}/contribution/submissions`, {
      ...DEPARTMENT_CONTENT[department],
      submittedBy: `${department}-worker`,
    }),
    201,
    `${department} submits its contribution`,
  );
}

/**
 * The health coordinator requests the GP certificate (LÆ 265) and records its arrival, so the
 * dossier has it whether or not readiness asks for it.
 */
export async function provideGpCertificate(urls: ServiceUrls, caseId: string, timeoutMs = 30_000): Promise<void> {
  const url = `${urls['health-coordinator']}/api/cases/${caseId}/gp-certificate`;
  await eventually(
    async () => {
      const requested = await http('POST', `${url}/request`, { requestedBy: 'health-coordinator-worker' });
      if (requested.status === 404) return false; // the referral has not opened the task yet
      // The consent travels after the referral; until the health coordinator knows it, the request is refused.
      if (requested.status === 422 && JSON.stringify(requested.body).includes('without consent')) return false;
      if (requested.status !== 201)
        throw new Error(`request the GP certificate: HTTP ${requested.status}: ${JSON.stringify(requested.body)}`);
      return true;
    },
    { timeoutMs, intervalMs: 200, what: `the health coordinator to request the GP certificate of ${caseId}` },
  );
  await expectStatus(
    http('POST', `${url}/receipt`, {
      documentReference: `lae265-${caseId.slice(0, 8)}`,
      recordedBy: 'health-coordinator-worker',
    }),
    200,
    'record the GP certificate as received',
  );
}

export async function waitForDossierStatus(
  urls: ServiceUrls,
  caseId: string,
  status: string,
  timeoutMs = 30_000,
): Promise<void> {
  await eventually(
    async () => {
      const dossier = await http<{ status: string }>('GET', `${urls.meeting}/api/dossiers/${caseId}`);
      return dossier.status === 200 && dossier.body.status === status;
    },
    { timeoutMs, intervalMs: 200, what: `the dossier of ${caseId} to be ${status}` },
  );
}

export interface OutcomeMessage {
  id: string;
  status: string;
}

/** The outcome message the GP's inbox has acknowledged for the case. */
export async function waitForGpAcknowledgement(
  urls: ServiceUrls,
  caseId: string,
  timeoutMs = 30_000,
): Promise<OutcomeMessage> {
  return eventually(
    async () => {
      const messages = await http<OutcomeMessage[]>(
        'GET',
        `${urls['gp-correspondence']}/api/outcome-messages?caseId=${caseId}`,
      );
      return (
        (messages.status === 200 && messages.body.find((message) => message.status === 'acknowledged')) || undefined
      );
    },
    { timeoutMs, intervalMs: 200, what: `the GP to acknowledge the outcome message of ${caseId}` },
  );
}

export interface TimelineEntry {
  kind: string;
  meetingId?: string;
  outcome?: string;
  followsRecommendation?: boolean;
  decidedAtMeeting?: boolean;
}

export async function caseTimeline(urls: ServiceUrls, caseId: string): Promise<TimelineEntry[]> {
  const timeline = await expectStatus<{ entries: TimelineEntry[] }>(
    http('GET', `${urls.meeting}/api/cases/${caseId}/timeline`),
    200,
    `read the timeline of ${caseId}`,
  );
  return timeline.entries;
}
