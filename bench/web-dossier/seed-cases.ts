import { randomUUID } from 'node:crypto';
import {
  CaseReferred,
  createEnvelope,
  type EventDefinition,
  GpCertificateReceived,
  HealthAssessmentSubmitted,
  JobAssessmentSubmitted,
  type PayloadOf,
  physicalTopic,
  PreparatoryPartSubmitted,
  SocialAssessmentSubmitted,
} from '@rehab/contracts';
import type { MessageTransport, OutgoingMessage } from '@rehab/messaging';

const TEXT =
  'Borgeren har gennem længere tid haft smerter i ryggen og ønsker at vende tilbage til arbejdsmarkedet. '.repeat(3);

/** One case's events as the services would publish them: the referral, the four contributions and the LÆ 265. */
function eventsOfOneCase(caseId: string, municipality: string, prefix: string): OutgoingMessage[] {
  const personId = randomUUID();
  const at = new Date().toISOString();
  const message = <D extends EventDefinition>(definition: D, payload: PayloadOf<D>): OutgoingMessage => {
    const envelope = createEnvelope(definition, payload, {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service', id: 'bench' },
      subjectId: personId,
      caseId,
      municipality,
    });
    return {
      topic: physicalTopic(definition.topic, prefix),
      key: caseId,
      value: JSON.stringify(envelope),
      headers: {
        'event-id': envelope.eventId,
        'event-type': envelope.type,
        'schema-version': String(envelope.schemaVersion),
        'correlation-id': envelope.correlationId,
      },
    };
  };
  const contribution = {
    caseId,
    contributionId: randomUUID(),
    version: 1,
    submittedBy: 'bench-worker',
    submittedAt: at,
  };
  return [
    message(CaseReferred, {
      caseId,
      personId,
      caseType: 'resource-programme',
      coordinatingCaseworkerId: 'cw-bench',
      requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
      generalPractitioner: { sorCode: '123456789012', name: 'Lægerne på Nørrebro' },
      referredAt: at,
    }),
    message(PreparatoryPartSubmitted, {
      ...contribution,
      contributionId: randomUUID(),
      sections: {
        educationAndJobGoals: TEXT,
        workExperience: TEXT,
        resourcesAndNetwork: TEXT,
        challenges: TEXT,
        healthSituation: TEXT,
        incomeSupportHistory: TEXT,
        gpAssessment: TEXT,
      },
    }),
    message(HealthAssessmentSubmitted, {
      ...contribution,
      contributionId: randomUUID(),
      assessment: TEXT,
      workImplications: TEXT,
      treatmentOptions: TEXT,
    }),
    message(SocialAssessmentSubmitted, {
      ...contribution,
      contributionId: randomUUID(),
      socialConditions: TEXT,
      existingSupport: TEXT,
      housing: TEXT,
      abuseTreatment: TEXT,
      psychiatricStatus: TEXT,
    }),
    message(JobAssessmentSubmitted, {
      ...contribution,
      contributionId: randomUUID(),
      jobPossibilities: TEXT,
      jobDemands: TEXT,
    }),
    message(GpCertificateReceived, {
      caseId,
      certificateRequestId: randomUUID(),
      documentReference: `lae265-${caseId.slice(0, 8)}`,
      receivedAt: at,
      recordedBy: 'bench-worker',
    }),
  ];
}

/** What the meeting service has recorded once a phase's events are handled, counted in its own schema. */
export const PHASE_DONE_WHEN = [
  'SELECT count(*) FROM meeting.dossier WHERE referred_at IS NOT NULL',
  "SELECT count(*) FROM meeting.contribution_version WHERE department = 'job-centre'",
  "SELECT count(*) FROM meeting.contribution_version WHERE department = 'health-coordinator'",
  "SELECT count(*) FROM meeting.contribution_version WHERE department = 'social-psychiatry'",
  "SELECT count(*) FROM meeting.contribution_version WHERE department = 'company-consultant'",
  'SELECT count(*) FROM meeting.dossier WHERE gp_certificate_received_at IS NOT NULL',
] as const;

/**
 * Puts the cases into the system the way the departments would: as their events on Kafka, which
 * the meeting service consumes into real dossiers. One kind of event at a time, each phase
 * waited for, so that two events of one case never race for its dossier (which the service would
 * settle by retrying, slowly). Returns the case ids.
 */
export async function seedCases(
  transport: MessageTransport,
  count: number,
  municipality: string,
  prefix: string,
  phaseHandled: (phase: number, expected: number) => Promise<void>,
): Promise<string[]> {
  const caseIds = Array.from({ length: count }, () => randomUUID());
  const perCase = caseIds.map((caseId) => eventsOfOneCase(caseId, municipality, prefix));
  for (let phase = 0; phase < PHASE_DONE_WHEN.length; phase += 1) {
    const messages = perCase.map((events) => events[phase]);
    for (let start = 0; start < messages.length; start += 1000) {
      await transport.publish(messages.slice(start, start + 1000));
    }
    await phaseHandled(phase, count);
  }
  return caseIds;
}
