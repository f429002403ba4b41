import type { ImportPreview, LedgerImportInput } from '../../../../shared/domain/ledger-io';
import type { ColumnTarget } from '../../../../shared/import/column-target';

// What the user chose in the dialog. Only what they actually chose is sent: the backend finds the
// rest itself (the remembered mapping, the year from the title), and the preview says where each
// came from. Preview and commit take the same input.

export interface ImportChoices {
  sheet?: string;
  /** The header's row (1-based), when the user says where it is. */
  headerRow?: number;
  columns?: { index: number; header: string; target: ColumnTarget }[];
  mappingFile?: string;
  /** null: guess each row's category from its title. */
  categoryId?: number | null;
  year?: number;
}

/** Categories picked for single rows in the preview, by the sheet's row number. */
export type RowCategories = ReadonlyMap<number, number>;

export function importInput(staged: { stagedId: string; fileName: string }, choices: ImportChoices, rows: RowCategories): LedgerImportInput {
  return {
    stagedId: staged.stagedId,
    fileName: staged.fileName,
    ...(choices.sheet !== undefined ? { sheet: choices.sheet } : {}),
    ...(choices.headerRow !== undefined ? { headerRow: choices.headerRow } : {}),
    ...(choices.columns ? { columns: choices.columns } : {}),
    ...(choices.mappingFile !== undefined ? { mappingFile: choices.mappingFile } : {}),
    ...(choices.categoryId !== undefined ? { categoryId: choices.categoryId } : {}),
    ...(choices.year !== undefined ? { year: choices.year } : {}),
    ...(rows.size ? { rowCategories: [...rows].map(([row, categoryId]) => ({ row, categoryId })) } : {}),
  };
}

/** Another sheet is another table: its columns, rows and name-suggested category start afresh. */
export function withSheet(choices: ImportChoices, sheet: string): ImportChoices {
  return { sheet, ...(choices.year !== undefined ? { year: choices.year } : {}) };
}

/**
 * One column changed: the whole mapping as shown is sent from now on. The mapping file it may have
 * come from is then no longer needed, and the sheet's category as shown (perhaps the file's or the
 * remembered one) is kept as if chosen, since it no longer comes with the mapping.
 */
export function withColumnTarget(choices: ImportChoices, preview: ImportPreview, index: number, target: ColumnTarget): ImportChoices {
  const columns = preview.columns.map((c) => ({ index: c.index, header: c.header, target: c.index === index ? target : c.target }));
  const next: ImportChoices = { ...choices, columns, categoryId: choices.categoryId !== undefined ? choices.categoryId : preview.sheetCategoryId };
  delete next.mappingFile;
  return next;
}

/** Another header row is another set of columns: the mapping starts afresh, the rest is kept. */
export function withHeaderRow(choices: ImportChoices, headerRow: number): ImportChoices {
  const next: ImportChoices = { ...choices, headerRow };
  delete next.columns;
  delete next.mappingFile;
  return next;
}

/** A mapping file replaces the columns as set so far, and its category (if any) the sheet's. */
export function withMappingFile(choices: ImportChoices, text: string): ImportChoices {
  const next: ImportChoices = { ...choices, mappingFile: text };
  delete next.columns;
  delete next.categoryId;
  return next;
}

/** Only choices for rows the preview still lists count (a changed mapping may drop rows). */
export function rowChoicesFor(preview: ImportPreview, rows: RowCategories): Map<number, number> {
  const kept = new Map<number, number>();
  for (const r of preview.rows) {
    const chosen = rows.get(r.row);
    if (chosen !== undefined) kept.set(r.row, chosen);
  }
  return kept;
}

/** Rows the import adds: the ready ones plus those that had no category until the user picked one. */
export function importCounts(preview: ImportPreview, rows: RowCategories): { ready: number; needsCategory: number } {
  let picked = 0;
  for (const r of preview.rows) if (r.categoryId === null && rows.has(r.row)) picked++;
  return { ready: preview.readyCount + picked, needsCategory: Math.max(0, preview.needsCategory - picked) };
}
