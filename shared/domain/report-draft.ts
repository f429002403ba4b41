import { z } from 'zod';
import { uuid, year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import type { ReportDocument } from '../report/report-document';

// The per-year working copy of the report: the user's choices (enumeration style per subsection,
// keep or omit an empty subsection, entries left out) and edits, and what an assembly answers.

export const ENUMERATION_STYLES = ['yishi', 'numbered'] as const;
/** yishi: "一是……；二是……。" in one paragraph; numbered: one "1.……。" paragraph per item. */
export type EnumerationStyle = (typeof ENUMERATION_STYLES)[number];

export interface ReportChoices {
  /** By subsection key ("measures.pufa", "problems"); absent = chosen by rule. */
  styles: Record<string, EnumerationStyle>;
  /** By subsection key; absent = omit an empty subsection (with a warning). */
  keepEmpty: Record<string, boolean>;
  /** Entry ids left out of this year's report. */
  excluded: string[];
}

export interface BlockEdit {
  /** What the user wrote; '' with `removed`. */
  text: string;
  /** The generated text the edit replaced, to notice when the log has changed under it. */
  baseText: string;
  removed?: boolean;
}

export type ReportWarningCode =
  | 'no-entries'
  | 'template-maps-nothing'
  | 'unknown-category'
  | 'category-missing'
  | 'unmapped-entry'
  | 'empty-subsection'
  | 'punctuation-fixed'
  | 'large-number'
  | 'counter-overlap'
  | 'metric-unit-mixed'
  | 'rate-ambiguous'
  | 'summary-missing'
  // An entry's sentence composed from its fields: a figure left out (0), or only the title could be used.
  | 'compose-fallback'
  | 'metric-zero'
  // Hand-written parts pasted in: numbering, a lead-out or a lead sentence the template also gives.
  | 'paste-cleaned'
  // The report lint (shared/report/lint/): what a reader would notice in the finished text.
  | 'lint-numbering'
  | 'lint-leadout'
  | 'lint-repeated'
  | 'lint-empty-marks'
  | 'lint-placeholder'
  | 'lint-halfwidth'
  | 'lint-empty-heading'
  | 'narrative-missing'
  | 'field-missing'
  | 'number-mismatch'
  | 'over-limit';

export interface ReportWarning {
  code: ReportWarningCode;
  /** Chinese, for the user. */
  message: string;
  /** The block or subsection it is about, when there is one. */
  key?: string;
  /** The 台账 entries it is about. */
  activityIds?: string[];
}

export interface ReportChange {
  key: string;
  /** kept-edit: the user's edit stays, but the text generated under it has changed (before → after). */
  kind: 'added' | 'removed' | 'changed' | 'kept-edit';
  before?: string;
  after?: string;
  /** On 'removed': the paragraph had the user's edit, which stays saved (see ReportView.setAsideEdits). */
  edited?: boolean;
}

/** A user's edit whose paragraph the log no longer generates (its entries deleted or excluded). */
export interface SetAsideEdit {
  key: string;
  text: string;
}

export interface ReportSubsectionInfo {
  key: string;
  heading: string;
  /** How many items (entries, problems, plans) it enumerates. */
  items: number;
  style: EnumerationStyle;
  /** True when the user chose the style; false when the rule did. */
  styleChosen: boolean;
  empty: boolean;
  keptEmpty: boolean;
}

export interface ReportStats {
  hanzi: number;
  /** A soft warning: real reports run 2,300–6,500 汉字. */
  overLimit: boolean;
}

export interface ReportView {
  year: number;
  templateId: number;
  document: ReportDocument;
  changes: ReportChange[];
  warnings: ReportWarning[];
  stats: ReportStats;
  subsections: ReportSubsectionInfo[];
  choices: ReportChoices;
  /** 包含未审核: the draft was assembled from every entry, reviewed or not; remembered with the draft, so every re-assembly reads the same entries. */
  includeUnreviewed: boolean;
  /** Keys of the blocks the user has edited or removed. */
  editedKeys: string[];
  /** Edits kept while their paragraph is gone; they come back with it (an entry restored). */
  setAsideEdits: SetAsideEdit[];
  /** Paragraphs the user deleted, with the text they had, so the way back can say what it restores. */
  removedParagraphs: SetAsideEdit[];
  assembledAt: string;
}

export const HANZI_SOFT_LIMIT = 8000;

const blockKey = z.string().trim().min(1).max(200);

/** includeUnreviewed: a draft of every entry; by default (left out) only 已审核 entries go into the report. Either way the choice is stored with the draft. */
export const reportAssembleInput = z.object({ year, templateId: z.number().int().positive(), includeUnreviewed: z.literal(true).optional() }).strict();
export const reportYearInput = z.object({ year }).strict();

export const blockEditInput = z
  .object({ year, key: blockKey, text: z.string().max(20000).optional(), remove: z.boolean().optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.remove && v.text !== undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: '删除段落时不要同时给出文字' });
    if (!v.remove && !(v.text ?? '').trim()) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: '不能为空（要去掉这一段，请用“删除此段”）' });
    }
  });

export const blockRevertInput = z.object({ year, key: blockKey }).strict();
export const subsectionStyleInput = z.object({ year, key: blockKey, style: z.enum(ENUMERATION_STYLES) }).strict();
export const subsectionKeepEmptyInput = z.object({ year, key: blockKey, keep: z.boolean() }).strict();
export const entryExcludeInput = z.object({ year, activityId: uuid, excluded: z.boolean() }).strict();
/** 采用为内容摘要: the sentence the report composed for an entry without a summary becomes its summary. */
export const entryAdoptSentenceInput = z.object({ year, activityId: uuid }).strict();

export const REPORT_FIELD_LABELS: FieldLabels = {
  year: '年度',
  templateId: '模板',
  key: '段落',
  text: '文字',
  remove: '删除',
  style: '列举方式',
  keep: '保留空小节',
  activityId: '台账条目',
  excluded: '不写入报告',
  includeUnreviewed: '含未审核台账',
};
