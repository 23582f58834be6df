/** A block of the rendered recommendation, as the PDF lays it out. */
export interface TextBlock {
  style: 'title' | 'heading' | 'subheading' | 'label' | 'paragraph';
  text: string;
}

const STYLE_OF_TAG: Record<string, TextBlock['style']> = {
  h1: 'title',
  h2: 'heading',
  h3: 'subheading',
  h4: 'label',
  dt: 'label',
  p: 'paragraph',
  dd: 'paragraph',
};

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

/**
 * Reads the blocks out of the recommendation template's HTML. The template is ours and
 * simple (headings, paragraphs, a definition list), and Handlebars has escaped every value,
 * so reading the block tags is enough; no markup from a value can open a block.
 */
export function htmlToBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const pattern = /<(h1|h2|h3|h4|p|dt|dd)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of html.matchAll(pattern)) {
    const text = decodeEntities(match[2].replace(/<[^>]+>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ style: STYLE_OF_TAG[match[1].toLowerCase()], text });
  }
  return blocks;
}
