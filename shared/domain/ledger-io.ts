import { z } from 'zod';
import { line, uuid, year } from '../validation/fields';
import { columnTargetSchema } from '../import/column-target';
import type { ColumnTarget } from '../import/column-target';
import type { FieldLabels } from '../validation/format-issues';
import { ACTIVITY_FIELD_LABELS, ACTIVITY_LIMITS, activityListFields, checkListFilters } from './activity';

/** How many columns and per-row choices one import may carry; a sheet has at most 200 columns anyway. */
export const IMPORT_INPUT_LIMITS = { columns: 200, rowCategories: 100_000, mappingFileChars: 200_000 } as const;

/**
 * The spreadsheet reaches the backend as a staged upload (the same route as evidence files). Every
 * other field is a choice the user made in the dialog; without them the import finds the table,
 * the columns (remembered for this layout, or by name) and the year itself.
 */
export const ledgerImportInput = z
  .object({
    stagedId: uuid,
    fileName: line(200).pipe(z.string().min(1)),
    /** The sheet to import; the first one holding a table when absent. */
    sheet: line(100).optional(),
    /** The sheet's row the header is in (1-based), when it is not recognised by itself. */
    headerRow: z.number().int().min(1).max(100_001).optional(),
    /** The columns as the user mapped them, by position; each names the header it was made for. */
    columns: z
      .array(z.object({ index: z.number().int().min(0).max(IMPORT_INPUT_LIMITS.columns), header: line(300), target: columnTargetSchema }).strict())
      .max(IMPORT_INPUT_LIMITS.columns, { message: `最多${IMPORT_INPUT_LIMITS.columns}列` })
      .optional(),
    /** The text of a mapping file (对应关系文件) the user chose; applied by header names. */
    mappingFile: z.string().max(IMPORT_INPUT_LIMITS.mappingFileChars, { message: '对应关系文件过大，不是本程序保存的文件' }).optional(),
    /** One category for every row that has none; null: guess each from its title. */
    categoryId: z.number().int().positive().nullable().optional(),
    /** For dates written without one (3月5日); otherwise taken from the sheet's or file's name. */
    year: year.optional(),
    /** Categories the user chose for single rows in the preview (the sheet's row numbers). */
    rowCategories: z
      .array(z.object({ row: z.number().int().positive(), categoryId: z.number().int().positive() }).strict())
      .max(IMPORT_INPUT_LIMITS.rowCategories)
      .optional(),
    /**
     * Every row goes to this 承办科室: a row without one is given it, a row naming another is an error.
     * Set by the registry for a 录入员 (their own 科室, electron/auth/object-access.ts).
     */
    department: line(ACTIVITY_LIMITS.department).optional(),
  })
  .strict();

export type LedgerImportInput = z.input<typeof ledgerImportInput>;

export interface ImportRowProblem {
  /** The row number as the spreadsheet shows it (its first row is 1). */
  row: number;
  message: string;
  /** The column the problem is in (its header), when it is one cell's. */
  column?: string;
  /** That cell's text as written, shown in red in the preview. */
  text?: string;
}

/** How a column's target was chosen. */
export type ColumnMatch = 'name' | 'alias' | 'metric' | 'remembered' | 'file' | 'user' | 'none';

export interface ImportColumn {
  index: number;
  /** The header as read; two header rows joined "上级·下级". */
  header: string;
  /** A few of its cells, so the user sees what the column holds. */
  samples: string[];
  target: ColumnTarget;
  matchedBy: ColumnMatch;
}

/** Where a row's category came from: its 类别 cell, the user's choice for it, the sheet's, or its title. */
export type CategorySource = 'column' | 'row' | 'sheet' | 'title';

export interface ImportRowView {
  row: number;
  /** As the ledger will show it: 2024-03-15, 2025年7月, 2023年10月至11月. */
  date: string;
  title: string;
  /** null: nothing to go by; the row is imported only once the user picks one. */
  categoryId: number | null;
  categoryFrom: CategorySource | null;
}

export interface ImportSheet {
  name: string;
  /** Rows with content. */
  rows: number;
  /** Whether a header row was found in it. */
  hasTable: boolean;
}

export interface ImportPreview {
  fileName: string;
  sheetName: string;
  /** Every sheet of the file, so the user can choose another. */
  sheets: ImportSheet[];
  /** Where the table was found, in the sheet's own row numbers. */
  table: {
    /** The (first) header row. */
    headerRow: number;
    /** 2 when a second row of merged headers was joined to the first. */
    headerRows: number;
    /** Title rows above the header, skipped (their text). */
    titleRows: string[];
    /** Rows below the table that are notes, not entries (说明、填表人、联系电话 …). */
    footerRows: number[];
  };
  columns: ImportColumn[];
  /** Where the mapping came from as a whole: by name, remembered for this layout, a file, or the user. */
  mappingFrom: 'auto' | 'remembered' | 'file' | 'user';
  /** The layout's fingerprint: its headers; a remembered mapping is found by it. */
  signature: string;
  /** A mapping problem that stops the import (two columns to one field, no 日期 column …); rows are not read then. */
  mappingProblem: string | null;
  /** The category applied to rows without one (the user's, or the one the sheet's name suggests). */
  sheetCategoryId: number | null;
  /** The category the sheet's or file's name suggests (普法宣传台账 → 普法宣传教育), if any. */
  suggestedCategoryId: number | null;
  /** The year used for dates written without one, and where it was found. */
  year: { value: number | null; from: 'input' | 'sheet' | 'file' | 'title' | null; needed: boolean };
  /** Data rows read (blank rows, notes and 合计 rows not counted). */
  totalRows: number;
  /** Rows that will be added. */
  readyCount: number;
  /** Rows that can be added once the user picks their category. */
  needsCategory: number;
  /** A few of them, so the user sees the columns were understood. */
  sample: { row: number; date: string; categoryName: string; title: string }[];
  /** Every row that can be added (or could, with a category), for choosing categories. */
  rows: ImportRowView[];
  duplicates: ImportRowProblem[];
  errors: ImportRowProblem[];
  /** Headers of columns that will not be imported. */
  ignoredColumns: string[];
}

export interface ImportResult {
  added: number;
  duplicates: number;
  /** Rows left out because they had errors (or no category). */
  skippedErrors: number;
  /** The batch the added entries belong to, to undo as a whole; null when nothing was added. */
  batchId: string | null;
}

/** One import, as the ledger lists it for undoing. */
export interface ImportBatch {
  id: string;
  fileName: string;
  sheetName: string;
  importedAt: string;
  operator: string;
  added: number;
  /** Of those, how many are still in the ledger (not in the trash). */
  remaining: number;
  undoneAt: string | null;
}

export const importBatchUndoInput = z.object({ batchId: uuid }).strict();

export interface ImportBatchUndo {
  /** Entries moved to the trash. */
  moved: number;
}

/** The list's filters, without paging: export writes every matching entry. */
export const ledgerExportInput = activityListFields.omit({ limit: true, offset: true, deleted: true }).superRefine(checkListFilters);

export interface LedgerExport {
  exportId: string;
  fileName: string;
  rows: number;
}

export const LEDGER_IO_LABELS: FieldLabels = {
  ...ACTIVITY_FIELD_LABELS,
  stagedId: '上传的文件',
  fileName: '文件名',
  sheet: '工作表',
  headerRow: '表头所在行',
  columns: '对应列',
  mappingFile: '对应关系文件',
  year: '年份',
  rowCategories: '各行的类别',
  batchId: '导入批次',
};
