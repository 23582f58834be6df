import { randomUUID } from 'node:crypto';
import type { PayloadOf, PlanAdopted, JobCentrePlanItemProgressReported } from '@rehab/contracts';
import { fullAttendance, type MeetingHarness } from './meeting.harness';

export interface PlanItemBody {
  itemId: string;
  department: string;
  description: string;
  ownerId: string;
  startsOn: string;
  endsOn: string;
  status: string;
  latestProgress: { status: string; note: string | null; reportedBy: string; reportedAt: string } | null;
  history: { status: string; reportedAt: string }[];
}

export interface PlanBody {
  planId: string;
  caseId: string;
  municipality: string;
  version: number;
  meetingId: string;
  outcome: string;
  employmentGoal: string;
  items: PlanItemBody[];
  earlierVersions: { version: number }[];
}

export type PlanAdoptedPayload = PayloadOf<typeof PlanAdopted>;

export const aPlanItem = (overrides: Record<string, unknown> = {}) => ({
  department: 'company-consultant',
  description: 'Virksomhedspraktik 10 timer om ugen i detailhandlen',
  ownerId: 'company-1',
  startsOn: '2027-01-04',
  endsOn: '2027-03-31',
  ...overrides,
});

export const aPlan = (overrides: Record<string, unknown> = {}) => ({
  employmentGoal: 'Ordinært job i detailhandlen på 25 timer om ugen',
  items: [
    aPlanItem(),
    aPlanItem({ department: 'health-coordinator', description: 'Smertebehandling i rygcenter', ownerId: 'hc-4' }),
  ],
  adoptedBy: 'chair-1',
  ...overrides,
});

export const aProgressReport = (
  overrides: Partial<PayloadOf<typeof JobCentrePlanItemProgressReported>> & {
    caseId: string;
    planId: string;
    itemId: string;
  },
): PayloadOf<typeof JobCentrePlanItemProgressReported> => ({
  status: 'started',
  reportedBy: 'company-1',
  reportedAt: '2027-01-05T09:00:00.000Z',
  ...overrides,
});

/** A complete dossier on a meeting with quorum, and the team's recommendation adopted for it. */
export async function recommendedCase(
  harness: MeetingHarness,
  outcome = 'resource-programme',
): Promise<{ caseId: string; meetingId: string }> {
  const caseId = await harness.completeDossier();
  const meetingId = await harness.meetingWith(caseId);
  await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
  const pension =
    outcome === 'disability-pension'
      ? {
          employmentFactors: 'Ingen tilknytning til arbejdsmarkedet i 6 år.',
          socialFactors: 'Bor alene med socialpædagogisk støtte.',
          healthFactors: 'Progressiv sklerose.',
          workCapacityReasoning: 'Sygdommen er progressiv, og alle indsatser er afprøvet.',
        }
      : {};
  const adopted = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/recommendation`, {
    outcome,
    text: `Teamet indstiller ${outcome}.`,
    adoptedBy: 'chair-1',
    ...pension,
  });
  if (adopted.status !== 201) throw new Error(`adopting the recommendation answered ${adopted.status}`);
  return { caseId, meetingId };
}

export const unknownId = (): string => randomUUID();
