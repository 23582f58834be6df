import { copenhagenDateTime, htmlToText } from './format';

describe('copenhagenDateTime', () => {
  it('should add the winter offset when the date is in winter', () => {
    expect(copenhagenDateTime('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+01:00');
  });

  it('should add the summer offset when the date is in summer', () => {
    expect(copenhagenDateTime('2026-06-01T09:00')).toBe('2026-06-01T09:00:00+02:00');
  });

  it('should leave text alone when it is not a local date and time', () => {
    expect(copenhagenDateTime('tomorrow')).toBe('tomorrow');
  });
});

describe('htmlToText', () => {
  it('should keep the words and paragraphs and decode entities when given the draft html', () => {
    expect(htmlToText('<h1>Indstilling</h1>\n<p>Borger &amp; team</p><p>&lt;ok&gt;</p>')).toBe(
      'Indstilling\n\nBorger & team\n<ok>',
    );
  });
});
