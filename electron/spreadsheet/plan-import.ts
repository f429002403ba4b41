import type Database from 'better-sqlite3';
import type { ImportPreview, ImportRowProblem } from '../../shared/domain/ledger-io';
import { activityCreateInput, ACTIVITY_FIELD_LABELS } from '../../shared/domain/activity';
import { mapHeaders } from '../../shared/import/ledger-columns';
import { convertLedgerRow, isBlankRow } from '../../shared/import/ledger-row';
import { AppError } from '../../shared/errors';
import { issuesToAppError } from '../../shared/validation/format-issues';
import type { ParsedInputOf } from '../../shared/contract/operations';
import { listCategories } from '../store/category-store';
import { readTableFile } from './read-table-file';

export interface ReadyRow {
  row: number;
  /** The 编号 column when the file came from our own export; otherwise a new UUID is made. */
  id: string | null;
  input: ParsedInputOf<'activities.create'>;
}

export interface ImportPlan {
  preview: ImportPreview;
  ready: ReadyRow[];
}

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

function idExists(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM activities WHERE id = ?').get(id) !== undefined;
}

/** The expensive part: reading the file and checking every row against the contract's schema. */
export interface CheckedRows {
  sheetName: string;
  totalRows: number;
  candidates: ReadyRow[];
  errors: ImportRowProblem[];
  ignored: string[];
}

export async function checkRows(db: Database.Database, filePath: string, fileName: string): Promise<CheckedRows> {
  const table = await readTableFile(filePath, fileName);
  const [header = [], ...body] = table.rows;
  const layout = mapHeaders(header);
  if (!layout.ok) throw new AppError('invalid_input', `“${fileName}”${layout.message}`);
  const categories = listCategories(db);
  const errors: ImportRowProblem[] = [];
  const candidates: ReadyRow[] = [];
  let totalRows = 0;
  body.forEach((cells, index) => {
    const row = index + 2;
    if (isBlankRow(cells)) return;
    totalRows++;
    const converted = convertLedgerRow(cells, layout, categories);
    if (!converted.ok) return errors.push({ row, message: converted.problems.join('；') });
    const parsed = activityCreateInput.safeParse(converted.input, { reportInput: true });
    if (!parsed.success) return errors.push({ row, message: issuesToAppError(parsed.error.issues, ACTIVITY_FIELD_LABELS).message });
    candidates.push({ row, id: converted.id, input: parsed.data });
  });
  return { sheetName: table.sheetName, totalRows, candidates, errors, ignored: layout.ignored };
}

/** Sorts checked rows into ready and duplicate against the store as it is now; writes nothing. */
export function planFromRows(db: Database.Database, checked: CheckedRows, fileName: string): ImportPlan {
  const { candidates, errors, totalRows, sheetName } = checked;
  const categories = listCategories(db);
  const dates = candidates.map((c) => c.input.date).sort();
  const known = dates.length ? existingKeys(db, dates[0]!, dates[dates.length - 1]!) : new Set<string>();
  const firstRowOf = new Map<string, number>();
  const duplicates: ImportRowProblem[] = [];
  const ready: ReadyRow[] = [];
  for (const c of candidates) {
    const key = sameEntryKey(c.input);
    if (c.id && idExists(db, c.id)) duplicates.push({ row: c.row, message: '台账中已有这一条（编号相同），不再重复导入' });
    else if (known.has(key)) duplicates.push({ row: c.row, message: '台账中已有同一天、同类别、同标题和内容的记录，不再重复导入' });
    else if (firstRowOf.has(key)) duplicates.push({ row: c.row, message: `与第${firstRowOf.get(key)}行相同，只导入一次` });
    else {
      firstRowOf.set(key, c.row);
      ready.push(c);
    }
  }
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  return {
    ready,
    preview: {
      fileName,
      sheetName,
      totalRows,
      readyCount: ready.length,
      sample: ready.slice(0, 5).map((r) => ({ row: r.row, date: r.input.date, categoryName: categoryName.get(r.input.categoryId) ?? '', title: r.input.title })),
      duplicates,
      errors,
      ignoredColumns: checked.ignored,
    },
  };
}
