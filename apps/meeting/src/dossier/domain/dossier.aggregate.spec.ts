import type { Department } from '@rehab/contracts';
import { Dossier, type Contribution, type Referral } from './dossier.aggregate';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const PERSON_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';
const NOW = new Date('2026-11-10T12:00:00Z');

const CONTRIBUTION_IDS: Record<Department, string> = {
  'job-centre': '11111111-1111-4111-8111-111111111111',
  'health-coordinator': '22222222-2222-4222-8222-222222222222',
  'social-psychiatry': '33333333-3333-4333-8333-333333333333',
  'company-consultant': '44444444-4444-4444-8444-444444444444',
};

const referral = (overrides: Partial<Referral> = {}): Referral => ({
  caseId: CASE_ID,
  personId: PERSON_ID,
  municipality: '101',
  caseType: 'resource-programme',
  requiredDepartments: ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'],
  referredAt: new Date('2026-11-01T09:00:00Z'),
  ...overrides,
});

const contribution = (overrides: Partial<Contribution> = {}): Contribution => {
  const department = overrides.department ?? 'job-centre';
  return {
    department,
    contributionId: CONTRIBUTION_IDS[department],
    version: 1,
    submittedBy: `${department}-staff-1`,
    submittedAt: new Date('2026-11-05T10:00:00Z'),
    content: { summary: `What ${department} found.` },
    ...overrides,
  };
};

const everyDepartment: Department[] = ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'];

const receipt = (
  overrides: Partial<{ certificateRequestId: string; receivedAt: Date; documentReference: string }> = {},
) => ({
  certificateRequestId: '66666666-6666-4666-8666-666666666666',
  receivedAt: new Date('2026-11-04T08:00:00Z'),
  documentReference: 'doc-lae265-1',
  ...overrides,
});

const certificateRequest = (
  overrides: Partial<{ certificateRequestId: string; requestedAt: Date; answerDeadline: Date }> = {},
) => ({
  certificateRequestId: '66666666-6666-4666-8666-666666666666',
  requestedAt: new Date('2026-11-02T08:00:00Z'),
  answerDeadline: new Date('2026-12-02T08:00:00Z'),
  ...overrides,
});

/** A referred dossier; the GP certificate is received unless told otherwise, so contributions decide. */
const referredDossier = (overrides: Partial<Referral> = {}, options: { gpCertificate?: boolean } = {}) => {
  const dossier = Dossier.openOnReferral(referral(overrides), NOW);
  if (options.gpCertificate ?? true) dossier.recordGpCertificateReceived(receipt(), NOW);
  dossier.pullEvents();
  return dossier;
};

const kinds = (dossier: Dossier) => dossier.pullEvents().map((event) => event.kind);

describe('Dossier', () => {
  it('should be incomplete and miss every required department when the case is just referred', () => {
    const dossier = Dossier.openOnReferral(referral(), NOW);
    expect(dossier.snapshot().status).toBe('incomplete');
    expect(dossier.missingDepartments()).toEqual(everyDepartment);
    expect(kinds(dossier)).toEqual(['referral-recorded']);
  });

  it('should record a contribution and count it when it arrives after the referral', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ department: 'health-coordinator' }), NOW);
    expect(dossier.missingDepartments()).toEqual(['job-centre', 'social-psychiatry', 'company-consultant']);
    expect(kinds(dossier)).toEqual(['contribution-recorded']);
  });

  it('should keep a contribution and count it once the referral comes when the contribution arrives first', () => {
    const dossier = Dossier.openAheadOfReferral({ caseId: CASE_ID, personId: PERSON_ID, municipality: '101' });
    dossier.recordContribution(contribution({ department: 'health-coordinator' }), NOW);
    expect(dossier.snapshot().status).toBe('awaiting-referral');
    expect(dossier.missingDepartments()).toEqual([]);

    dossier.recordReferral(referral(), NOW);
    expect(dossier.snapshot().status).toBe('incomplete');
    expect(dossier.currentContribution('health-coordinator')?.version).toBe(1);
    expect(dossier.missingDepartments()).toEqual(['job-centre', 'social-psychiatry', 'company-consultant']);
  });

  it('should complete on the referral when every contribution arrived before it', () => {
    const dossier = Dossier.openAheadOfReferral({ caseId: CASE_ID, personId: PERSON_ID, municipality: '101' });
    for (const department of everyDepartment) dossier.recordContribution(contribution({ department }), NOW);
    dossier.recordGpCertificateReceived(receipt(), NOW);
    expect(dossier.isComplete).toBe(false);

    dossier.recordReferral(referral(), NOW);
    expect(dossier.isComplete).toBe(true);
    expect(kinds(dossier)).toEqual([
      'contribution-recorded',
      'contribution-recorded',
      'contribution-recorded',
      'contribution-recorded',
      'gp-certificate-recorded',
      'referral-recorded',
      'completed',
    ]);
  });

  it('should complete exactly once when every required department has contributed', () => {
    const dossier = referredDossier();
    for (const department of everyDepartment) dossier.recordContribution(contribution({ department }), NOW);
    dossier.recordContribution(contribution({ department: 'health-coordinator', version: 2 }), NOW);
    dossier.recordReferral(referral(), NOW);

    const completions = dossier.pullEvents().filter((event) => event.kind === 'completed');
    expect(completions).toHaveLength(1);
    expect(dossier.snapshot().completedAt).toEqual(NOW);
  });

  it('should name the newest version of each required contribution when it completes', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ department: 'job-centre', version: 1 }), NOW);
    dossier.recordContribution(contribution({ department: 'job-centre', version: 2 }), NOW);
    for (const department of everyDepartment.slice(1)) dossier.recordContribution(contribution({ department }), NOW);

    const completed = dossier.pullEvents().find((event) => event.kind === 'completed');
    expect(completed?.kind === 'completed' && completed.contributions.map((c) => [c.department, c.version])).toEqual([
      ['job-centre', 2],
      ['health-coordinator', 1],
      ['social-psychiatry', 1],
      ['company-consultant', 1],
    ]);
  });

  it('should complete with only the required departments when fewer are required', () => {
    const dossier = referredDossier({ requiredDepartments: ['job-centre', 'company-consultant'] });
    dossier.recordContribution(contribution({ department: 'job-centre' }), NOW);
    dossier.recordContribution(contribution({ department: 'company-consultant' }), NOW);
    expect(dossier.isComplete).toBe(true);
  });

  it('should not complete when a department that is not required contributes', () => {
    const dossier = referredDossier({ requiredDepartments: ['job-centre', 'company-consultant'] });
    dossier.recordContribution(contribution({ department: 'job-centre' }), NOW);
    dossier.recordContribution(contribution({ department: 'health-coordinator' }), NOW);
    expect(dossier.isComplete).toBe(false);
    expect(dossier.missingDepartments()).toEqual(['company-consultant']);
    expect(dossier.departmentsInView()).toEqual(['job-centre', 'health-coordinator', 'company-consultant']);
  });

  it('should let the newer version count when versions arrive in order', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ version: 1, content: { summary: 'first' } }), NOW);
    dossier.recordContribution(contribution({ version: 2, content: { summary: 'second' } }), NOW);
    expect(dossier.currentContribution('job-centre')?.content).toEqual({ summary: 'second' });
    expect(dossier.earlierContributions('job-centre').map((c) => c.version)).toEqual([1]);
  });

  it('should keep the newer version counting when an older version arrives after it', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ version: 2, content: { summary: 'second' } }), NOW);
    dossier.recordContribution(contribution({ version: 1, content: { summary: 'first' } }), NOW);
    expect(dossier.currentContribution('job-centre')?.version).toBe(2);
    expect(dossier.currentContribution('job-centre')?.content).toEqual({ summary: 'second' });
    expect(dossier.snapshot().contributions).toHaveLength(2);
  });

  it('should change nothing when the same version arrives twice', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ version: 1, content: { summary: 'original' } }), NOW);
    dossier.recordContribution(contribution({ version: 1, content: { summary: 'replayed' } }), NOW);
    expect(dossier.snapshot().contributions).toHaveLength(1);
    expect(dossier.currentContribution('job-centre')?.content).toEqual({ summary: 'original' });
    expect(kinds(dossier)).toEqual(['contribution-recorded']);
  });

  it('should let the later submission count when a department starts a new contribution', () => {
    const dossier = referredDossier();
    dossier.recordContribution(contribution({ version: 3, submittedAt: new Date('2026-11-05T10:00:00Z') }), NOW);
    const restarted = '55555555-5555-4555-8555-555555555555';
    dossier.recordContribution(
      contribution({ contributionId: restarted, version: 1, submittedAt: new Date('2026-11-06T10:00:00Z') }),
      NOW,
    );
    expect(dossier.currentContribution('job-centre')?.contributionId).toBe(restarted);
  });

  it('should record the referral only once when it arrives twice', () => {
    const dossier = referredDossier();
    dossier.recordReferral(referral({ caseType: 'flex-job' }), NOW);
    expect(dossier.snapshot().caseType).toBe('resource-programme');
    expect(dossier.pullEvents()).toEqual([]);
  });

  it('should take the person and municipality from the referral when a contribution opened the dossier', () => {
    const dossier = Dossier.openAheadOfReferral({ caseId: CASE_ID, personId: PERSON_ID, municipality: '999' });
    dossier.recordReferral(referral({ municipality: '101' }), NOW);
    expect(dossier.snapshot().municipality).toBe('101');
  });

  describe('the GP certificate (LÆ 265)', () => {
    const everyContribution = (dossier: Dossier) => {
      for (const department of everyDepartment) dossier.recordContribution(contribution({ department }), NOW);
    };

    it('should stay incomplete and say so when every contribution is in but the certificate is not', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      everyContribution(dossier);
      expect(dossier.isComplete).toBe(false);
      expect(dossier.missingDepartments()).toEqual([]);
      expect(dossier.gpCertificateMissing).toBe(true);
      expect(dossier.gpCertificateStatus()).toBe('not-requested');
    });

    it('should show the request and its answer deadline when the certificate is requested', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      dossier.recordGpCertificateRequested(certificateRequest(), NOW);
      expect(dossier.gpCertificateStatus()).toBe('requested');
      expect(dossier.snapshot().gpCertificate.answerDeadline).toEqual(new Date('2026-12-02T08:00:00Z'));
      expect(dossier.gpCertificateMissing).toBe(true);
    });

    it('should complete once when the certificate is received after the last contribution', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      everyContribution(dossier);
      dossier.recordGpCertificateRequested(certificateRequest(), NOW);
      dossier.recordGpCertificateReceived(receipt(), NOW);
      dossier.recordGpCertificateReceived(receipt(), NOW);

      expect(dossier.isComplete).toBe(true);
      expect(dossier.gpCertificateStatus()).toBe('received');
      expect(kinds(dossier).filter((kind) => kind === 'completed')).toHaveLength(1);
    });

    it('should keep the request when the receipt arrived before it', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      dossier.recordGpCertificateReceived(receipt(), NOW);
      dossier.recordGpCertificateRequested(certificateRequest(), NOW);
      const certificate = dossier.snapshot().gpCertificate;
      expect(dossier.gpCertificateStatus()).toBe('received');
      expect(certificate.requestedAt).toEqual(new Date('2026-11-02T08:00:00Z'));
      expect(certificate.documentReference).toBe('doc-lae265-1');
    });

    it('should change nothing when an older request arrives after a newer one', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      dossier.recordGpCertificateRequested(certificateRequest({ requestedAt: new Date('2026-11-03T08:00:00Z') }), NOW);
      dossier.pullEvents();
      dossier.recordGpCertificateRequested(certificateRequest(), NOW);
      expect(dossier.snapshot().gpCertificate.requestedAt).toEqual(new Date('2026-11-03T08:00:00Z'));
      expect(dossier.pullEvents()).toEqual([]);
    });

    it('should complete when the absence of the certificate has a recorded reason', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      everyContribution(dossier);
      dossier.recordGpCertificateAbsence(
        { reason: '  Egen læge svarer ikke trods rykker.  ', recordedBy: 'cw-1' },
        NOW,
      );

      expect(dossier.isComplete).toBe(true);
      expect(dossier.gpCertificateStatus()).toBe('absence-explained');
      expect(dossier.snapshot().gpCertificate.absence).toEqual({
        reason: 'Egen læge svarer ikke trods rykker.',
        recordedBy: 'cw-1',
        recordedAt: NOW,
      });
    });

    it('should announce the absence before the completion it brings when the absence is recorded', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      everyContribution(dossier);
      dossier.pullEvents();
      dossier.recordGpCertificateAbsence({ reason: 'Egen læge svarer ikke.', recordedBy: 'cw-1' }, NOW);
      expect(dossier.pullEvents().map((event) => event.kind)).toEqual([
        'gp-certificate-recorded',
        'gp-certificate-absence-recorded',
        'completed',
      ]);
    });

    it('should refuse an absence when it has no reason', () => {
      const dossier = referredDossier({}, { gpCertificate: false });
      expect(() => dossier.recordGpCertificateAbsence({ reason: '  ', recordedBy: 'cw-1' }, NOW)).toThrow(
        /needs a reason/,
      );
    });

    it('should refuse an absence when the certificate has been received', () => {
      const dossier = referredDossier();
      expect(() => dossier.recordGpCertificateAbsence({ reason: 'Ingen attest', recordedBy: 'cw-1' }, NOW)).toThrow(
        /has been received/,
      );
    });

    it('should count the certificate once the referral comes when it arrived first', () => {
      const dossier = Dossier.openAheadOfReferral({ caseId: CASE_ID, personId: PERSON_ID, municipality: '101' });
      dossier.recordGpCertificateReceived(receipt(), NOW);
      everyContribution(dossier);
      expect(dossier.isComplete).toBe(false);
      dossier.recordReferral(referral(), NOW);
      expect(dossier.isComplete).toBe(true);
    });
  });
});
