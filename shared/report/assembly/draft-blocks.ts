import type { ReportSubsectionInfo, ReportWarning } from '../../domain/report-draft';
import type { BlockOrigin, ReportSignature } from '../report-document';

// What assembly produces before numbering: blocks carry their text without numbers, so that an edit
// or a removed paragraph can never leave a gap — numbers are given when the document is rendered.

interface DraftBase {
  key: string;
  origin: BlockOrigin;
  sources: string[];
  /** The text without any number: what the user edits. */
  text: string;
}

export interface DraftHeading extends DraftBase {
  kind: 'heading1' | 'heading2';
}

export interface DraftParagraph extends DraftBase {
  kind: 'paragraph';
  /** A run-in item of an enumeration at this level (2: （一）, 3: 1.); its key is "<group>#<id>". */
  item?: 2 | 3;
  /** Entries whose sentence here the composer wrote (compose/): shown as 自动成句, can be adopted. */
  composed?: string[];
}

export type DraftBlock = DraftHeading | DraftParagraph;

export interface AssembledReport {
  title: string;
  blocks: DraftBlock[];
  signature: ReportSignature;
  warnings: ReportWarning[];
  subsections: ReportSubsectionInfo[];
}

/** The key of the title, which is edited like a block. */
export const TITLE_KEY = 'title';

/** "measures.pufa#<id>" → "measures.pufa": items of one group are numbered together. */
export function itemGroup(key: string): string {
  const at = key.indexOf('#');
  return at < 0 ? key : key.slice(0, at);
}

export function itemKey(group: string, id: string): string {
  return `${group}#${id}`;
}
