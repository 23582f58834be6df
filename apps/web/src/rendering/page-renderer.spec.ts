import type { SignedInPerson } from '../session/signed-in-person';
import { barChart } from './bar-chart';
import { CONTRIBUTION_HEADINGS } from './labels';
import { PageRenderer } from './page-renderer';

const chair: SignedInPerson = { id: 'chair-1', name: 'Mette Mødeleder', role: 'chair', municipality: '101' };

describe('PageRenderer', () => {
  const renderer = new PageRenderer();

  it('should label every text area of the contribution form with its Danish heading when rendered', () => {
    const html = renderer.render(
      'work-item',
      {
        title: 'Bidrag',
        task: { caseId: 'c1', caseType: 'flex-job', status: 'open', versions: [] },
        department: 'health-coordinator',
        headings: CONTRIBUTION_HEADINGS['health-coordinator'].map((heading) => ({ ...heading, value: '' })),
      },
      { ...chair, role: 'member-health-coordinator' },
    );
    expect(html).toContain('<label for="assessment">Helbredsvurdering</label>');
    expect(html).toContain('<label for="treatmentOptions">Behandlingsmuligheder</label>');
  });

  it('should escape text from the services when rendered', () => {
    const html = renderer.render('error', { title: 'Fejl', status: 400, text: '<script>alert(1)</script>' }, null);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('should show the menu of the role, mark the current page and offer sign-out when someone is signed in', () => {
    const html = renderer.render('error', { title: 'x', status: 404, text: 'x' }, chair, '/moeder');
    expect(html).toMatch(/href="\/moeder"\s+aria-current="page"/);
    expect(html).not.toContain('href="/indbakke"');
    expect(html).toContain('action="/log-ud"');
  });

  it('should draw each bar with its label and value when a chart is rendered', () => {
    const html = renderer.render(
      'statistics',
      {
        title: 'Statistik',
        statistics: { municipality: '101', quorumHistory: [] },
        waits: [],
        waitChart: barChart([{ label: 'Henvisning til møde', value: 12 }]),
        outcomeChart: barChart([]),
        recommendedChart: barChart([]),
        overdueChart: barChart([]),
      },
      chair,
    );
    expect(html).toContain('Henvisning til møde</text>');
    expect(html).toMatch(/<title>Henvisning til møde:\s*12<\/title>/);
  });
});
