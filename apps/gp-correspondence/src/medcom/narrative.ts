import type { Narrative } from './fhir.types';

const XHTML = 'http://www.w3.org/1999/xhtml';

export function escapeXhtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * MedCom requires a narrative on every resource ("SHALL always be included"). Each line is
 * a label and a value; line breaks inside a value become <br/>.
 */
export function narrative(lines: readonly (readonly [label: string, value: string])[]): Narrative {
  const body = lines
    .map(([label, value]) => `<p><b>${escapeXhtml(label)}</b>: ${escapeXhtml(value).replace(/\n/g, '<br/>')}</p>`)
    .join('');
  return { status: 'generated', div: `<div xmlns="${XHTML}">${body}</div>` };
}
