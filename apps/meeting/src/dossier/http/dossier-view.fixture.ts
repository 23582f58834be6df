import type { DossierView } from './dossier.view';

/** A complete dossier with the given departments' contributions, one heading each, for the reading rules' tests. */
export function aDossier(
  contributions: [department: string, text: string][] = [
    ['job-centre', 'Wants to work.'],
    ['health-coordinator', 'Back pain.'],
  ],
): DossierView {
  const version = { contributionId: 'c', version: 1, submittedBy: 'x', submittedAt: '2026-01-01T08:00:00.000Z' };
  const contribution = (department: string, text: string) => ({
    department,
    required: true,
    status: 'submitted' as const,
    current: { ...version, content: { assessment: text } },
    earlierVersions: [],
    dueBy: null,
    dueBySource: null,
    overdue: false,
  });
  return {
    caseId: 'case',
    municipality: '101',
    personId: 'person',
    caseType: 'resource-programme',
    status: 'complete',
    referredAt: null,
    completedAt: null,
    requiredDepartments: contributions.map(([department]) => department),
    missingDepartments: [],
    gpCertificateMissing: false,
    gpCertificate: {
      status: 'received',
      requestedAt: null,
      answerDeadline: null,
      receivedAt: '2026-01-02T08:00:00.000Z',
      documentReference: 'sundhed://lae265/1',
      absenceReason: null,
      absenceRecordedBy: null,
      absenceRecordedAt: null,
    },
    scheduledMeeting: null,
    healthDataWithheld: null,
    contributions: contributions.map(([department, text]) => contribution(department, text)),
  };
}
