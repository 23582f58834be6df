import type { Dossier } from '../clients/meeting.client';
import { contributionColumns } from './dossier.controller';

function aDossier(): Dossier {
  return {
    caseId: 'c',
    municipality: '101',
    personId: 'p',
    caseType: 'resource-programme',
    status: 'complete',
    referredAt: null,
    completedAt: null,
    requiredDepartments: ['health-coordinator', 'company-consultant'],
    missingDepartments: [],
    gpCertificateMissing: false,
    gpCertificate: {
      status: 'received',
      requestedAt: null,
      answerDeadline: null,
      receivedAt: null,
      documentReference: null,
      absenceReason: null,
    },
    scheduledMeeting: null,
    contributions: [
      {
        department: 'health-coordinator',
        required: true,
        status: 'submitted',
        current: {
          contributionId: 'h',
          version: 1,
          submittedBy: 'x',
          submittedAt: '',
          content: { assessment: 'Rygsmerter' },
        },
        earlierVersions: [],
        dueBy: null,
        overdue: false,
      },
      {
        department: 'company-consultant',
        required: true,
        status: 'submitted',
        current: {
          contributionId: 'c',
          version: 1,
          submittedBy: 'y',
          submittedAt: '',
          content: { jobPossibilities: 'Butik' },
        },
        earlierVersions: [],
        dueBy: null,
        overdue: false,
      },
    ],
  };
}

describe('contributionColumns', () => {
  it('should withhold the health assessment when the role may not read health data', () => {
    const [health, company] = contributionColumns(aDossier(), false);
    expect(health.headings[0]).toEqual({ label: 'Helbredsvurdering', withheld: true, text: null });
    expect(company.headings[0].text).toBe('Butik');
  });

  it('should show the health assessment when the role may read health data', () => {
    const [health] = contributionColumns(aDossier(), true);
    expect(health.headings[0]).toEqual({ label: 'Helbredsvurdering', withheld: false, text: 'Rygsmerter' });
  });
});
