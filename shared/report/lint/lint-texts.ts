import { TITLE_KEY } from '../assembly/draft-blocks';
import type { ReportBlock, ReportDocument } from '../report-document';
import { blockText } from '../report-document';

// The texts a check reads. A block's own number is given by rendering and cannot be wrong, so the
// checks read what follows it; the title and the signature are not blocks but are read like them.

export const SIGNATURE_KEY = 'signature';

/** The block's own number, as rendered: a heading's, or a run-in item's ("1.", "（一）"). */
export function ownNumber(block: ReportBlock): string {
  return block.kind === 'paragraph' ? (block.number ?? '') : block.number;
}

/** The text after the block's own number. */
export function bodyOf(block: ReportBlock): string {
  if (block.kind !== 'paragraph') return block.text;
  const text = blockText(block);
  const number = block.number ?? '';
  return number && text.startsWith(number) ? text.slice(number.length) : text;
}

export interface LintText {
  key: string;
  text: string;
  /** Where a message says the text is, for the two that are not in the body ("标题中"). */
  where: string;
}

/** Title, every block's text (after its number), and the signature's unit. */
export function allTexts(doc: ReportDocument): LintText[] {
  return [
    { key: TITLE_KEY, text: doc.title, where: '标题中' },
    ...doc.blocks.map((b) => ({ key: b.key, text: bodyOf(b), where: '' })),
    { key: SIGNATURE_KEY, text: doc.signature.unit, where: '落款中' },
  ];
}
