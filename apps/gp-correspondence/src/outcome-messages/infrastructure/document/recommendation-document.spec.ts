import { PDFDocument } from 'pdf-lib';
import { RuntimeSettings } from '@rehab/platform';
import type { DecisionSnapshot } from '../../domain/outcome-message';
import { htmlToBlocks } from './html-blocks';
import { DEFAULT_RECOMMENDATION_TEMPLATE, RecommendationDocument } from './recommendation-document';

const decision: DecisionSnapshot = {
  recommendationId: '0d4b2f0e-5b8e-4c1a-9d2f-3a4b5c6d7e8f',
  outcome: 'flex-job',
  followsRecommendation: true,
  recommendationText: 'Fleksjob med 12 timer om ugen <script>alert(1)</script> & mentor.',
  decidedBy: 'dm-3',
  decidedAtMeeting: true,
  decidedAt: '2026-11-24T10:30:00Z',
};
const input = { caseType: 'flex-job' as const, decision, teamName: 'Rehabiliteringsteamet, Københavns Kommune' };

describe('RecommendationDocument', () => {
  const document = new RecommendationDocument(new RuntimeSettings({}));

  it("should render the meeting's recommendation template when nothing else is configured", () => {
    expect(DEFAULT_RECOMMENDATION_TEMPLATE).toMatch(
      /apps[/\\]meeting[/\\]src[/\\]recommendation[/\\]templates[/\\]recommendation\.view\.hbs$/,
    );
    const html = document.toHtml(input);
    expect(html).toContain('<h1>Rehabiliteringsteamets indstilling</h1>');
    expect(html).toContain('<dd>Fleksjob</dd>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; mentor.');
    expect(html).not.toContain('<script>');
    expect(html).toContain('fleksjob; følger indstillingen; truffet den 24. november 2026.');
  });

  it('should lay the rendered blocks out as a PDF with Danish letters kept', async () => {
    const blocks = htmlToBlocks(document.toHtml(input));
    expect(blocks[0]).toEqual({ style: 'title', text: 'Rehabiliteringsteamets indstilling' });
    expect(blocks).toContainEqual({
      style: 'paragraph',
      text: 'Fleksjob med 12 timer om ugen <script>alert(1)</script> & mentor.',
    });
    const pdf = await document.toPdf(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe('Rehabiliteringsteamets indstilling');
    expect(loaded.getAuthor()).toBe('Rehabiliteringsteamet, Københavns Kommune');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-24T10:30:00.000Z');
  });

  it('should stop the service at start-up when the configured template cannot be read', () => {
    expect(
      () => new RecommendationDocument(new RuntimeSettings({ GP_RECOMMENDATION_TEMPLATE: '/no/such/template.hbs' })),
    ).toThrow('The recommendation template cannot be read (GP_RECOMMENDATION_TEMPLATE)');
  });
});
