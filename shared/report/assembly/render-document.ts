import type { ParagraphBlock, ReportBlock, ReportDocument, ReportRun, ReportSignature } from '../report-document';
import { splitLead } from '../text/enumeration';
import { numberFor } from '../text/numbering';
import type { DraftBlock, DraftParagraph } from './draft-blocks';
import { itemGroup } from './draft-blocks';

// Draft blocks → the ReportDocument the preview shows and the .docx writer lays out. Numbers are
// counted here, after edits and removals: 一、 per part, （一） restarting under each part, and run-in
// items counted within their group. A group of one item gets no number ("1." alone is wrong).

function itemRuns(block: DraftParagraph, number: string): ReportRun[] {
  const level = block.item as 2 | 3;
  const lead = splitLead(block.text);
  if (!lead) return [{ text: `${number}${block.text}` }];
  const heading: ReportRun = level === 3 ? { text: `${number}${lead.lead}`, bold: true, runIn: 3 } : { text: `${number}${lead.lead}`, runIn: 2 };
  return [heading, { text: lead.rest }];
}

export function renderBlocks(blocks: readonly DraftBlock[]): ReportBlock[] {
  const groupSizes = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.item) continue;
    const group = itemGroup(b.key);
    groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
  }
  const itemCounters = new Map<string, number>();
  let h1 = 0;
  let h2 = 0;
  // Objects written out whole rather than spread: a year of 20,000 entries renders 20,000 blocks on
  // every assembly and download, and spreading cost several times the rest of the work.
  return blocks.map((b): ReportBlock => {
    const sources = b.sources.slice();
    if (b.kind !== 'paragraph') {
      if (b.kind === 'heading1') {
        h1 += 1;
        h2 = 0;
        return { key: b.key, origin: b.origin, sources, kind: 'heading1', number: numberFor(1, h1), text: b.text };
      }
      h2 += 1;
      return { key: b.key, origin: b.origin, sources, kind: 'heading2', number: numberFor(2, h2), text: b.text };
    }
    if (!b.item) {
      const plain: ParagraphBlock = { key: b.key, origin: b.origin, sources, kind: 'paragraph', runs: [{ text: b.text }] };
      if (b.composed) plain.composed = b.composed.slice();
      return plain;
    }
    const group = itemGroup(b.key);
    const position = (itemCounters.get(group) ?? 0) + 1;
    itemCounters.set(group, position);
    const number = (groupSizes.get(group) ?? 0) > 1 ? numberFor(b.item, position) : '';
    const block: ParagraphBlock = { key: b.key, origin: b.origin, sources, kind: 'paragraph', runs: itemRuns(b, number) };
    if (number) block.number = number;
    if (b.composed) block.composed = b.composed.slice();
    return block;
  });
}

export function renderDocument(title: string, blocks: readonly DraftBlock[], signature: ReportSignature): ReportDocument {
  return { title, blocks: renderBlocks(blocks), signature: { ...signature } };
}
