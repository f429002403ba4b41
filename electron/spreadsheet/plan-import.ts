import type Database from 'better-sqlite3';
import type { ImportPreview, ImportRowProblem, ImportRowView, LedgerImportInput } from '../../shared/domain/ledger-io';
import { activityCreateInput, ACTIVITY_FIELD_LABELS } from '../../shared/domain/activity';
import { entryDateText } from '../../shared/domain/entry-date-text';
import { convertRow } from '../../shared/import/convert-row';
import type { CategorySource } from '../../shared/domain/ledger-io';
import { issuesToAppError } from '../../shared/validation/format-issues';
import type { ParsedInputOf } from '../../shared/contract/operations';
import { listCategories } from '../store/category-store';
import type { ImportLayout } from './import-layout';
import type { TableSheet } from './read-table-sheets';
import { resolveLayout } from './import-layout';

export interface ReadyRow {
  row: number;
  /** The 编号 column when the file came from our own export; otherwise a new UUID is made. */
  id: string | null;
  input: ParsedInputOf<'activities.create'>;
}

export interface ImportPlan {
  preview: ImportPreview;
  ready: ReadyRow[];
  layout: ImportLayout;
}

/** A row that passed every check; its category may still be missing (the user picks it). */
interface Candidate {
  row: number;
  id: string | null;
  input: ParsedInputOf<'activities.create'>;
  categoryFrom: CategorySource | null;
}

const TITLE_SHOWN = 80;

/**
 * Same entry = same day, category, title, report sentence, department and place. Re-importing a file
 * (or our own export of it) therefore adds nothing, while two different events on one day still go in.
 */
function sameEntryKey(v: { date: string; categoryId: number; title: string; summary?: string | undefined; department?: string | undefined; location?: string | undefined }): string {
  return JSON.stringify([v.date, v.categoryId, v.title, v.summary ?? '', v.department ?? '', v.location ?? '']);
}

function existingKeys(db: Database.Database, from: string, to: string): Set<string> {
  const rows = db
    .prepare('SELECT date, category_id AS categoryId, title, summary, department, location FROM activities WHERE deleted_at IS NULL AND date BETWEEN ? AND ?')
    .all(from, to) as { date: string; categoryId: number; title: string; summary: string; department: string; location: string }[];
  return new Set(rows.map(sameEntryKey));
}

function existingIds(db: Database.Database): (id: string) => boolean {
  const statement = db.prepare('SELECT 1 FROM activities WHERE id = ?');
  return (id) => statement.get(id) !== undefined;
}

/** Reads and checks every row of the table the layout found; nothing is written. */
function checkRows(layout: ImportLayout, input: LedgerImportInput, categories: ReturnType<typeof listCategories>): { candidates: Candidate[]; errors: ImportRowProblem[]; needsYear: boolean } {
  const candidates: Candidate[] = [];
  const errors: ImportRowProblem[] = [];
  let needsYear = false;
  if (!layout.table || layout.problem) return { candidates, errors, needsYear };
  const ctx = {
    columns: layout.columns,
    categories,
    year: layout.year.value,
    sheetCategoryId: layout.sheetCategoryId,
    rowCategories: new Map((input.rowCategories ?? []).map((r) => [r.row, r.categoryId])),
  };
  const known = new Set(categories.map((c) => c.id));
  for (const index of layout.table.bodyRows) {
    const row = index + 1;
    const cells = layout.rows[index] ?? [];
    const chosen = ctx.rowCategories.get(row);
    if (chosen !== undefined && !known.has(chosen)) {
      errors.push({ row, message: '为这一行选择的类别不存在（可能刚被删除），请重新选择' });
      continue;
    }
    const converted = convertRow(cells, row, ctx);
    if (!converted.ok) {
      needsYear ||= converted.needsYear;
      const [first] = converted.problems;
      errors.push({ row, message: converted.problems.map((p) => `${p.column}：${p.message}`).join('；'), column: first?.column, text: first?.text });
      continue;
    }
    // Held to one 科室 (a 录入员's import): rows without one get it, rows of another are not taken.
    if (input.department) {
      const named = typeof converted.input.department === 'string' ? converted.input.department.trim() : '';
      if (named && named !== input.department) {
        errors.push({ row, message: `承办科室：这一行是“${named}”，这次只能导入“${input.department}”的台账` });
        continue;
      }
      converted.input.department = input.department;
    }
    // Without a category the row is checked with a stand-in one, so its other problems show now.
    const withCategory = converted.input.categoryId === undefined ? { ...converted.input, categoryId: categories[0]?.id ?? 1 } : converted.input;
    const parsed = activityCreateInput.safeParse(withCategory, { reportInput: true });
    if (!parsed.success) {
      errors.push({ row, message: issuesToAppError(parsed.error.issues, ACTIVITY_FIELD_LABELS).message });
      continue;
    }
    candidates.push({ row, id: converted.id, input: parsed.data, categoryFrom: converted.categoryFrom });
  }
  return { candidates, errors, needsYear };
}

function rowView(c: Candidate): ImportRowView {
  const { input } = c;
  const title = input.title.length > TITLE_SHOWN ? `${input.title.slice(0, TITLE_SHOWN)}…` : input.title;
  return {
    row: c.row,
    date: entryDateText(input.date, input.endDate ?? null, input.datePrecision ?? 'day'),
    title,
    categoryId: c.categoryFrom === null ? null : input.categoryId,
    categoryFrom: c.categoryFrom,
  };
}

/**
 * What importing the sheet with these choices would do: the rows ready to add, the duplicates (against
 * the store as it is now, and within the sheet), the errors, and the rows still waiting for a category.
 */
export function planImport(db: Database.Database, fileName: string, sheets: readonly TableSheet[], input: LedgerImportInput): ImportPlan {
  const categories = listCategories(db);
  const layout = resolveLayout(db, fileName, sheets, input, categories);
  const { candidates, errors, needsYear } = checkRows(layout, input, categories);
  const placed = candidates.filter((c) => c.categoryFrom !== null);
  const dates = placed.map((c) => c.input.date).sort();
  const known = dates.length ? existingKeys(db, dates[0]!, dates[dates.length - 1]!) : new Set<string>();
  const idExists = existingIds(db);
  const firstRowOf = new Map<string, number>();
  const duplicates: ImportRowProblem[] = [];
  const ready: ReadyRow[] = [];
  const shown: ImportRowView[] = [];
  for (const c of candidates) {
    if (c.categoryFrom === null) {
      shown.push(rowView(c));
      continue;
    }
    const key = sameEntryKey(c.input);
    if (c.id && idExists(c.id)) duplicates.push({ row: c.row, message: '台账中已有这一条（编号相同），不再重复导入' });
    else if (known.has(key)) duplicates.push({ row: c.row, message: '台账中已有同一天、同类别、同标题和内容的记录，不再重复导入' });
    else if (firstRowOf.has(key)) duplicates.push({ row: c.row, message: `与第${firstRowOf.get(key)}行相同，只导入一次` });
    else {
      firstRowOf.set(key, c.row);
      ready.push({ row: c.row, id: c.id, input: c.input });
      shown.push(rowView(c));
    }
  }
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const table = layout.table;
  return {
    ready,
    layout,
    preview: {
      fileName,
      sheetName: layout.sheetName,
      sheets: layout.sheets,
      table: {
        headerRow: table ? table.headerRow + 1 : 0,
        headerRows: table?.headerRows ?? 0,
        titleRows: table?.titleRows ?? [],
        footerRows: (table?.footerRows ?? []).map((r) => r + 1),
      },
      columns: layout.columns,
      mappingFrom: layout.mappingFrom,
      signature: layout.signature,
      mappingProblem: layout.problem,
      sheetCategoryId: layout.sheetCategoryId,
      suggestedCategoryId: layout.suggestedCategoryId,
      year: { ...layout.year, needed: needsYear },
      totalRows: layout.problem ? (table?.bodyRows.length ?? 0) : candidates.length + errors.length,
      readyCount: ready.length,
      needsCategory: candidates.length - placed.length,
      sample: ready.slice(0, 5).map((r) => ({ row: r.row, date: rowView({ ...r, categoryFrom: 'column' }).date, categoryName: categoryName.get(r.input.categoryId) ?? '', title: r.input.title })),
      rows: shown,
      duplicates,
      errors,
      ignoredColumns: layout.columns.filter((c) => c.target.kind === 'skip' && c.header.trim() !== '').map((c) => c.header),
    },
  };
}
