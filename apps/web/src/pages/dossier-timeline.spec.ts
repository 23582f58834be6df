import type { OutcomeMessage } from '../clients/gp-correspondence.client';
import { PageRenderer } from '../rendering/page-renderer';
import { dossierTimeline } from './dossier-timeline';

const aMessage = (overrides: Partial<OutcomeMessage> = {}): OutcomeMessage => ({
  id: 'm1',
  caseId: 'c',
  purpose: 'gp-certificate-request',
  status: 'acknowledged',
  outcome: null,
  followsRecommendation: null,
  recipient: null,
  pendingReason: null,
  queuedAt: '2026-11-02T08:00:00.000Z',
  sentAt: '2026-11-02T08:00:01.000Z',
  acknowledgedAt: '2026-11-02T09:00:00.000Z',
  acknowledgementCode: 'ok',
  ...overrides,
});

describe('dossierTimeline', () => {
  const entries = [
    { kind: 'referred', at: '2026-11-01T08:00:00.000Z' },
    {
      kind: 'contribution-submitted',
      at: '2026-11-03T08:00:00.000Z',
      department: 'social-psychiatry',
      version: 1,
      by: 's-1',
    },
    {
      kind: 'contribution-submitted',
      at: '2026-11-05T08:00:00.000Z',
      department: 'social-psychiatry',
      version: 2,
      by: 's-2',
    },
    { kind: 'gp-outcome-sent', at: '2026-11-10T08:00:00.000Z', messageHeaderId: 'h' },
  ];

  it('should merge the certificate request and the GP’s replies into the meeting service’s history by time', () => {
    const timeline = dossierTimeline(
      entries,
      [aMessage(), aMessage({ id: 'm2', purpose: 'outcome', sentAt: '2026-11-10T08:00:00.000Z' })],
      [{ receivedAt: '2026-11-11T08:00:00.000Z', topic: 'Opfølgning', texts: null }],
    );
    expect(timeline.map((entry) => entry.kind)).toEqual([
      'referred',
      'gp-certificate-request-sent',
      'gp-certificate-request-acknowledged',
      'contribution-submitted',
      'contribution-submitted',
      // The outcome message is told once, by the meeting service, not again from the GP correspondence.
      'gp-outcome-sent',
      'gp-reply-received',
    ]);
    expect(timeline[4]).toMatchObject({ version: 2, by: 's-2' });
    expect(timeline[6]).toMatchObject({ topic: 'Opfølgning' });
  });

  it('should leave out a certificate request when it has not been sent yet', () => {
    const timeline = dossierTimeline([], [aMessage({ sentAt: null, acknowledgedAt: null })], []);
    expect(timeline).toEqual([]);
  });

  it('should show each contribution version with its author when the dossier is rendered', () => {
    const html = new PageRenderer().render(
      'dossier',
      {
        title: 'Sagens akter',
        dossier: { caseType: 'flex-job', status: 'complete', gpCertificate: { status: 'received' } },
        columns: [],
        readsHealthData: true,
        timeline: dossierTimeline(entries, [], []),
        outcomeMessages: [],
        gpAnswers: [],
      },
      { id: 'chair-1', name: 'Mette', role: 'chair', municipality: '101' },
    );
    expect(html).toMatch(/Bidrag indsendt · Social og psykiatri, version 2\s+· af\s+s-2/);
  });
});
