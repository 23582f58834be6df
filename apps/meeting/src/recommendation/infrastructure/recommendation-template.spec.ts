import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeSettings } from '@rehab/platform';
import { recommendationDraftModel, type DraftSource } from '../domain/recommendation-draft';
import {
  compileRecommendationTemplate,
  DEFAULT_RECOMMENDATION_TEMPLATE,
  RECOMMENDATION_TEMPLATE_SETTING,
  RecommendationTemplate,
} from './recommendation-template';

const source = (overrides: Partial<DraftSource> = {}): DraftSource => ({
  caseType: 'resource-programme',
  meetingStartsAt: new Date('2026-11-12T08:00:00Z'),
  citizen: { present: true, absenceReason: null, supporter: 'Søster' },
  contributions: [
    {
      department: 'health-coordinator',
      version: 2,
      submittedBy: 'health-7',
      submittedAt: new Date('2026-11-05T10:00:00Z'),
      content: {
        assessment: 'Kroniske rygsmerter.',
        workImplications: 'Kan arbejde 10 timer.',
        treatmentOptions: 'Smerteklinik.',
      },
    },
    {
      department: 'job-centre',
      version: 1,
      submittedBy: 'cw-1',
      submittedAt: new Date('2026-11-03T10:00:00Z'),
      content: { educationAndJobGoals: 'Lagerarbejde <på deltid>.' },
    },
  ],
  missingDepartments: ['company-consultant'],
  ...overrides,
});

const render = (overrides: Partial<DraftSource> = {}) =>
  new RecommendationTemplate(new RuntimeSettings({})).toHtml(recommendationDraftModel(source(overrides)));

describe('RecommendationTemplate', () => {
  it('should draft one Danish document with every contribution, version and author when rendering the shipped template', () => {
    const html = render();
    expect(html).toContain('<h1>Rehabiliteringsteamets indstilling</h1>');
    expect(html).toContain('<dt>Sagstype</dt>\n    <dd>Ressourceforløb</dd>');
    expect(html).toContain('12. november 2026');
    expect(html).toContain('<dd>Borgeren deltog</dd>');
    expect(html).toContain('<dt>Bisidder</dt>\n      <dd>Søster</dd>');
    expect(html).toContain('Sundhedskoordinator – helbredsmæssig vurdering');
    expect(html).toContain('Version 2, indsendt af health-7 den 5. november 2026');
    expect(html).toContain('<h4>Betydning for arbejdsevnen</h4>');
    expect(html).toContain('Der mangler endnu bidrag fra: Virksomhedskonsulent.');
  });

  it('should put the job centre’s preparatory part first when contributions arrive in another order', () => {
    const html = render();
    expect(html.indexOf('Jobcentret')).toBeLessThan(html.indexOf('Sundhedskoordinator'));
  });

  it('should escape contribution text when it contains markup', () => {
    const html = render();
    expect(html).toContain('Lagerarbejde &lt;på deltid&gt;.');
    expect(html).not.toContain('<på deltid>');
  });

  it('should leave out the missing section when every contribution is there', () => {
    expect(render({ missingDepartments: [] })).not.toContain('Mangler');
  });

  it('should state the absence and its reason when the citizen did not take part', () => {
    const html = render({
      citizen: { present: false, absenceReason: 'Udvikling af arbejdsevnen er åbenlyst formålsløs.', supporter: null },
    });
    expect(html).toContain('Borgeren deltog ikke. Begrundelse: Udvikling af arbejdsevnen er åbenlyst formålsløs.');
    expect(html).not.toContain('Bisidder');
  });

  it('should render the municipality’s own template when the setting points at another file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'recommendation-template-'));
    const path = join(directory, 'own.view.hbs');
    writeFileSync(path, '<p>Vores indstilling for {{caseType}}</p>');
    const template = new RecommendationTemplate(new RuntimeSettings({ [RECOMMENDATION_TEMPLATE_SETTING]: path }));
    expect(template.toHtml(recommendationDraftModel(source()))).toBe('<p>Vores indstilling for Ressourceforløb</p>');
  });

  it('should refuse to start when the configured template names a field the model does not have', () => {
    const directory = mkdtempSync(join(tmpdir(), 'recommendation-template-'));
    const path = join(directory, 'broken.view.hbs');
    writeFileSync(path, '<p>{{citizenCpr}}</p>');
    expect(() => compileRecommendationTemplate(path)).toThrow(/citizenCpr/);
  });

  it('should refuse to start when the configured template file does not exist', () => {
    expect(() => compileRecommendationTemplate(join(tmpdir(), 'no-such-template.view.hbs'))).toThrow(/cannot be read/);
  });

  it('should ship the default template next to the service when nothing is configured', () => {
    expect(DEFAULT_RECOMMENDATION_TEMPLATE).toMatch(/recommendation[/\\]templates[/\\]recommendation\.view\.hbs$/);
  });
});
