// The assembled annual report as data: what the preview shows, what the user edits, and what the
// .docx writer lays out in 公文格式. Pure data, no layout values (those live in the writer's settings).

/** Where a paragraph's text came from, so the preview can link back and re-assembly can respect edits. */
export type BlockOrigin =
  | 'template' // fixed text of the template (headings, lead sentences, the opening paragraph)
  | 'log' // generated from 台账 entries and their metrics
  | 'narrative' // the year's hand-written parts (二、四、五, duties paragraph)
  | 'edited'; // the user changed the generated text in the preview

export interface ReportRun {
  text: string;
  /** Level-3 run-in headings ("1.健全制度体系。") are bold; nothing else is. */
  bold?: boolean;
  /**
   * Added by assembly: this run is a run-in heading of that level (2: "（一）…。" in 楷体, 3: "1.…。",
   * also bold). Optional, so a writer that only reads `bold` still lays the paragraph out correctly.
   */
  runIn?: 2 | 3;
}

interface BlockBase {
  /**
   * Stable across re-assembly (e.g. "p1.s3.entries", "p1.s3.metrics", "p2.problem.1"), so a manual edit
   * can be matched to the paragraph it replaced.
   */
  key: string;
  origin: BlockOrigin;
  /** Ids of the 台账 entries this block was built from (empty for template and narrative text). */
  sources: string[];
}

/** 一、… (黑体) — its own line, no end punctuation. */
export interface Heading1Block extends BlockBase {
  kind: 'heading1';
  number: string;
  text: string;
}

/** （一）… (楷体) — its own line; or run-in, ending in 。 with the text following (runs). */
export interface Heading2Block extends BlockBase {
  kind: 'heading2';
  number: string;
  text: string;
}

/** A body paragraph (仿宋, first-line indent 2 characters). A level-3 item is a paragraph whose first run is its bold "1.…。". */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  runs: ReportRun[];
  /**
   * Added by assembly: the automatic number of a run-in item ("1.", "（一）"), already at the start of
   * the first run. Kept apart so the preview can offer the text without it: numbers are never edited.
   */
  number?: string;
  /** The entries whose sentence in this paragraph was composed from their fields (not their summary). */
  composed?: string[];
}

export type ReportBlock = Heading1Block | Heading2Block | ParagraphBlock;

export interface ReportSignature {
  /** 署名: the unit's name. */
  unit: string;
  /** 成文日期, written "2025年1月20日" (Arabic numerals, no leading zeros). */
  date: string;
}

export interface ReportDocument {
  /** The whole title; the writer breaks a long one into lines (trapezoid, longer line first). */
  title: string;
  blocks: ReportBlock[];
  signature: ReportSignature;
}

export function blockText(block: ReportBlock): string {
  return block.kind === 'paragraph' ? block.runs.map((r) => r.text).join('') : `${block.number}${block.text}`;
}
