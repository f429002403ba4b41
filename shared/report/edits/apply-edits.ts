import type { BlockEdit, ReportChange, ReportWarning } from '../../domain/report-draft';
import type { AssembledReport, DraftBlock } from '../assembly/draft-blocks';
import { TITLE_KEY } from '../assembly/draft-blocks';
import { normalizePunctuation } from '../text/punctuation';
import { changedFigures, mismatchMessage } from './number-mismatch';

// The user's edits over the generated report. An edit is keyed by block key and remembers the text it
// replaced (baseText). Re-assembly replaces only untouched blocks; an edited block keeps the edit,
// and when what the log now generates differs from baseText the change is reported as 'kept-edit'
// with the new generated text, so the user can take it or keep theirs.

export type ReportEdits = Record<string, BlockEdit>;

export interface EditedReport {
  title: string;
  blocks: DraftBlock[];
  warnings: ReportWarning[];
}

export function applyEdits(assembled: AssembledReport, edits: ReportEdits): EditedReport {
  const warnings: ReportWarning[] = [];
  const check = (key: string, generated: string, edited: string) => {
    const changes = changedFigures(generated, edited);
    if (changes.length) warnings.push({ code: 'number-mismatch', key, message: mismatchMessage(changes) });
  };
  const titleEdit = edits[TITLE_KEY];
  if (titleEdit && !titleEdit.removed) check(TITLE_KEY, assembled.title, titleEdit.text);
  const blocks: DraftBlock[] = [];
  for (const block of assembled.blocks) {
    const edit = edits[block.key];
    if (!edit) {
      blocks.push(block);
      continue;
    }
    if (edit.removed) continue;
    check(block.key, block.text, edit.text);
    // An edited paragraph is the user's own words now: no longer marked as composed.
    const edited: DraftBlock = { ...block, text: edit.text, origin: 'edited' };
    if (edited.kind === 'paragraph') delete edited.composed;
    blocks.push(edited);
  }
  return { title: titleEdit && !titleEdit.removed ? titleEdit.text : assembled.title, blocks, warnings };
}

function textsByKey(report: AssembledReport): Map<string, string> {
  return new Map([[TITLE_KEY, report.title], ...report.blocks.map((b): [string, string] => [b.key, b.text])]);
}

/** What re-assembly changed, block by block; nothing on the first assembly of a year. */
export function diffAssemblies(previous: AssembledReport | null, next: AssembledReport, edits: ReportEdits): ReportChange[] {
  if (!previous) return [];
  const before = textsByKey(previous);
  const after = textsByKey(next);
  const changes: ReportChange[] = [];
  for (const [key, text] of after) {
    const edit = edits[key];
    const old = before.get(key);
    if (edit) {
      if (text !== edit.baseText) changes.push({ key, kind: 'kept-edit', before: edit.baseText, after: text });
    } else if (old === undefined) changes.push({ key, kind: 'added', after: text });
    else if (old !== text) changes.push({ key, kind: 'changed', before: old, after: text });
  }
  for (const [key, text] of before) {
    if (after.has(key)) continue;
    const edit = edits[key];
    changes.push(edit && !edit.removed ? { key, kind: 'removed', before: edit.text, edited: true } : { key, kind: 'removed', before: text });
  }
  return changes;
}

/** An edit as stored: punctuation normalised like generated text, the number never part of it. */
export function cleanEditText(text: string): { text: string; fixed: boolean } {
  const result = normalizePunctuation(text.replace(/\r\n?/g, '\n'));
  return { text: result.text, fixed: result.changed };
}

/** Edits of paragraphs this assembly no longer has: kept, not shown, back when the paragraph is. */
export function setAsideEdits(assembled: AssembledReport, edits: ReportEdits): { key: string; text: string }[] {
  const present = new Set([TITLE_KEY, ...assembled.blocks.map((b) => b.key)]);
  return Object.entries(edits)
    .filter(([key, edit]) => !present.has(key) && !edit.removed)
    .map(([key, edit]) => ({ key, text: edit.text }));
}

/** Paragraphs the user deleted that the log still generates, with the text that was deleted. */
export function removedParagraphs(assembled: AssembledReport, edits: ReportEdits): { key: string; text: string }[] {
  const present = new Set(assembled.blocks.map((b) => b.key));
  return Object.entries(edits)
    .filter(([key, edit]) => present.has(key) && edit.removed)
    .map(([key, edit]) => ({ key, text: edit.baseText }));
}
