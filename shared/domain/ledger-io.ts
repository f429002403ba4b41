import { z } from 'zod';
import { line, uuid } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import { ACTIVITY_FIELD_LABELS, activityListFields, checkListFilters } from './activity';

/** The spreadsheet reaches the backend as a staged upload (the same route as evidence files). */
export const ledgerImportInput = z.object({ stagedId: uuid, fileName: line(200).pipe(z.string().min(1)) }).strict();

export interface ImportRowProblem {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export interface ImportPreview {
  fileName: string;
  sheetName: string;
  /** Data rows read (blank rows not counted). */
  totalRows: number;
  /** Rows that will be added. */
  readyCount: number;
  /** A few of them, so the user sees the columns were understood. */
  sample: { row: number; date: string; categoryName: string; title: string }[];
  duplicates: ImportRowProblem[];
  errors: ImportRowProblem[];
  /** Header cells that are neither a known column nor a 名称（单位） metric column. */
  ignoredColumns: string[];
}

export interface ImportResult {
  added: number;
  duplicates: number;
  /** Rows left out because they had errors. */
  skippedErrors: number;
}

/** The list's filters, without paging: export writes every matching entry. */
export const ledgerExportInput = activityListFields.omit({ limit: true, offset: true, deleted: true }).superRefine(checkListFilters);

export interface LedgerExport {
  exportId: string;
  fileName: string;
  rows: number;
}

export const LEDGER_IO_LABELS: FieldLabels = { ...ACTIVITY_FIELD_LABELS, stagedId: '上传的文件', fileName: '文件名' };
