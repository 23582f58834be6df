import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import type { TextBlock } from './html-blocks';

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const SIZE: Record<TextBlock['style'], number> = {
  title: 18,
  heading: 14,
  subheading: 12,
  label: 10.5,
  paragraph: 10.5,
};
const BOLD: Record<TextBlock['style'], boolean> = {
  title: true,
  heading: true,
  subheading: true,
  label: true,
  paragraph: false,
};

/** The PDF standard fonts speak WinAnsi: Danish letters are in it; anything else becomes '?'. */
function winAnsi(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays the blocks out on A4 pages with the PDF standard fonts, so that no font file is
 * needed. The creation date is the given one, not the clock, so the same content gives the
 * same document.
 */
export async function renderPdf(
  blocks: readonly TextBlock[],
  meta: { title: string; author: string; createdAt: Date },
): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.setTitle(winAnsi(meta.title));
  document.setAuthor(winAnsi(meta.author));
  document.setLanguage('da-DK');
  document.setProducer('rehab-orchestrator');
  document.setCreator('rehab-orchestrator');
  document.setCreationDate(meta.createdAt);
  document.setModificationDate(meta.createdAt);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;

  let page: PDFPage = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const block of blocks) {
    const font = BOLD[block.style] ? bold : regular;
    const size = SIZE[block.style];
    const leading = size * 1.35;
    y -= block.style === 'paragraph' ? size * 0.4 : size * 0.9;
    for (const line of wrap(winAnsi(block.text), font, size, width)) {
      if (y - leading < PAGE.margin) {
        page = document.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= leading;
      page.drawText(line, { x: PAGE.margin, y, size, font });
    }
  }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}
