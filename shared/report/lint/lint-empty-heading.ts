import type { ReportBlock, ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { quote } from './lint-finding';

// A heading with nothing under it: the next block is a heading of the same or a higher level, or the
// report ends. Assembly never writes one (an empty part keeps a reminder, an empty subsection is left
// out), so it comes from paragraphs removed in the preview.

const LEVEL = { heading1: 1, heading2: 2 } as const;

function level(block: ReportBlock | undefined): number | undefined {
  if (!block || block.kind === 'paragraph') return undefined;
  return LEVEL[block.kind];
}

/** A paragraph left with no text is nothing under the heading either. */
function isContent(block: ReportBlock): boolean {
  return block.kind === 'paragraph' && block.runs.some((r) => r.text.trim() !== '');
}

/** The next heading or paragraph with text after the i-th block; undefined at the end. */
function nextThing(blocks: readonly ReportBlock[], i: number): ReportBlock | undefined {
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j] as ReportBlock;
    if (b.kind !== 'paragraph' || isContent(b)) return b;
  }
  return undefined;
}

export function lintEmptyHeading(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  doc.blocks.forEach((block, i) => {
    const own = level(block);
    if (own === undefined || block.kind === 'paragraph') return;
    const next = nextThing(doc.blocks, i);
    const nextLevel = level(next);
    if (next && (nextLevel === undefined || nextLevel > own)) return;
    out.push({ code: 'lint-empty-heading', key: block.key, severity: 'must', message: `标题“${quote(`${block.number}${block.text}`)}”下没有内容，请补写或删去这一标题` });
  });
  return out;
}
