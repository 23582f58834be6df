import type { AuditRecord } from '../clients/audit.client';
import { PageRenderer } from '../rendering/page-renderer';
import { mergedAuditTrail } from './audit-trail';

const aRecord = (overrides: Partial<AuditRecord> = {}): AuditRecord => ({
  id: 'r1',
  recordedAt: '2026-11-20T10:00:00.000Z',
  service: 'meeting',
  actor: { kind: 'user', id: 'chair-1', role: 'chair' },
  action: 'read-dossier',
  access: 'read',
  caseId: '6f1d1c4e-8a63-4a4e-9d1b-3b7f4f0a0c11',
  purpose: null,
  correlationId: 'corr-1',
  ...overrides,
});

describe('mergedAuditTrail', () => {
  it('should merge every service’s records newest first and name the services without a log', () => {
    const trail = mergedAuditTrail([
      {
        service: 'job-centre',
        records: [aRecord({ id: 'j1', service: 'job-centre', recordedAt: '2026-11-20T09:00:00.000Z' })],
      },
      {
        service: 'meeting',
        records: [aRecord({ id: 'm1', recordedAt: '2026-11-21T08:00:00.000Z' }), aRecord({ id: 'm2' })],
      },
      { service: 'gp-correspondence', records: null },
      { service: 'company-consultant', records: [] },
    ]);
    expect(trail.records.map((record) => record.id)).toEqual(['m1', 'm2', 'j1']);
    expect(trail.withoutLog).toEqual(['gp-correspondence']);
  });

  it('should keep the newest records and tell the total when only the first page is shown', () => {
    const trail = mergedAuditTrail(
      [
        {
          service: 'meeting',
          records: [aRecord({ id: 'old', recordedAt: '2026-11-01T00:00:00.000Z' }), aRecord({ id: 'new' })],
        },
      ],
      1,
    );
    expect(trail.records.map((record) => record.id)).toEqual(['new']);
    expect(trail.total).toBe(2);
  });
});

describe('the audit page', () => {
  const operator = { id: 'operator-1', name: 'Ole Drift', role: 'operator' as const, municipality: '101' };

  it('should show who did what, and link the case to its own trail, when records are found', () => {
    const html = new PageRenderer().render(
      'audit',
      {
        title: 'Adgangslog',
        caseId: '',
        userId: 'chair-1',
        searched: true,
        trail: mergedAuditTrail([{ service: 'meeting', records: [aRecord({ access: 'write', purpose: '<b>x</b>' })] }]),
      },
      operator,
    );
    expect(html).toContain('Log for bruger chair-1');
    expect(html).toContain('chair-1 (Mødeleder)');
    expect(html).toContain('<td>Ændret</td>');
    expect(html).toContain('href="/adgangslog?sag=6f1d1c4e-8a63-4a4e-9d1b-3b7f4f0a0c11"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
