import type Database from 'better-sqlite3';
import type { Category } from '../../shared/domain/category';
import type { ColumnMatch, ImportColumn, ImportPreview, ImportSheet, LedgerImportInput } from '../../shared/domain/ledger-io';
import { AppError } from '../../shared/errors';
import type { ColumnTarget } from '../../shared/import/column-target';
import { checkMapping, isKnownHeader, layoutSignature, placeColumns, suggestColumns } from '../../shared/import/column-mapping';
import type { FoundTable } from '../../shared/import/find-table';
import { findTable } from '../../shared/import/find-table';
import { categoryForSheetName } from '../../shared/import/guess-category';
import { normalizeHeader } from '../../shared/import/ledger-columns';
import { applyMappingFile } from '../../shared/import/mapping-file';
import { yearFromName } from '../../shared/import/written-date';
import { rememberedMapping } from '../store/import-mapping-store';
import type { TableSheet } from './read-table-sheets';

// Where the entries are in a unit's own workbook, and what each column holds: the sheet (the
// user's, or the first holding a table), its header row, and the columns — the user's mapping, a
// mapping file, the one remembered for this layout, or matched by name, in that order.

export interface ImportLayout {
  sheetName: string;
  rows: string[][];
  sheets: ImportSheet[];
  table: FoundTable | null;
  /** Why rows cannot be read (no header; the mapping does not work); null when they can. */
  problem: string | null;
  columns: ImportColumn[];
  mappingFrom: ImportPreview['mappingFrom'];
  signature: string;
  sheetCategoryId: number | null;
  suggestedCategoryId: number | null;
  year: { value: number | null; from: ImportPreview['year']['from'] };
}

const SAMPLES = 3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function hasContent(row: readonly string[]): boolean {
  return row.some((c) => c.trim() !== '');
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

function chooseSheet(fileName: string, sheets: readonly TableSheet[], wanted: string | undefined, found: (FoundTable | null)[]): number {
  if (wanted !== undefined) {
    const index = sheets.findIndex((s) => s.name === wanted);
    if (index < 0) throw new AppError('invalid_input', `“${fileName}”中没有名为“${wanted}”的工作表。表中的工作表有：${sheets.map((s) => `“${s.name}”`).join('、')}。`);
    return index;
  }
  const withTable = found.findIndex((t) => t !== null);
  if (withTable >= 0) return withTable;
  const withRows = sheets.findIndex((s) => s.rows.some(hasContent));
  return Math.max(withRows, 0);
}

function samplesOf(rows: readonly string[][], table: FoundTable, index: number): string[] {
  const out: string[] = [];
  for (const r of table.bodyRows) {
    const text = (rows[r]?.[index] ?? '').trim();
    if (text) out.push(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    if (out.length === SAMPLES) break;
  }
  return out;
}

function sameHeader(a: string, b: string): boolean {
  return normalizeHeader(a) === normalizeHeader(b);
}

interface Mapped {
  targets: { target: ColumnTarget; matchedBy: ColumnMatch }[];
  from: ImportPreview['mappingFrom'];
  categoryId: number | null | undefined;
}

function findCategoryByName(categories: readonly Category[], name: string): Category | undefined {
  return categories.find((c) => c.name === name) ?? categories.find((c) => c.aliases.includes(name));
}

/** The columns' targets: the user's, else a mapping file's, else the remembered ones, else by name. */
function mapColumns(db: Database.Database, headers: readonly string[], signature: string, input: LedgerImportInput, categories: readonly Category[], samples: readonly string[][]): Mapped {
  const auto = suggestColumns(headers).map((m, i) => {
    // Our export's 编号 holds UUIDs; a unit's own 编号 (1, 2, 3 …) is a row number, not an identity.
    const ownNumbers = m.target.kind === 'field' && m.target.field === 'id' && samples[i]?.some((v) => !UUID.test(v.toLowerCase()));
    return ownNumbers ? { target: { kind: 'skip' } as const, matchedBy: 'name' as const } : { target: m.target, matchedBy: m.matchedBy };
  });
  if (input.columns) {
    const targets = [...auto];
    for (const c of input.columns) {
      const actual = headers[c.index];
      if (actual === undefined || !sameHeader(actual, c.header)) {
        throw new AppError('invalid_input', `对应列与表格不符：第${c.index + 1}列${actual === undefined ? '不存在' : `现在是“${actual}”`}，不是“${c.header}”。请重新选择文件后再设置对应列。`);
      }
      const same = JSON.stringify(auto[c.index]?.target) === JSON.stringify(c.target);
      targets[c.index] = { target: c.target, matchedBy: same ? (auto[c.index]?.matchedBy ?? 'user') : 'user' };
    }
    return { targets, from: 'user', categoryId: undefined };
  }
  if (input.mappingFile !== undefined) {
    const applied = applyMappingFile(input.mappingFile, headers);
    if (!applied.ok) throw new AppError('invalid_input', applied.message);
    const targets = [...auto];
    for (const c of applied.columns) targets[c.index] = { target: c.target, matchedBy: 'file' };
    const named = applied.categoryName ? findCategoryByName(categories, applied.categoryName) : undefined;
    return { targets, from: 'file', categoryId: named?.id };
  }
  const remembered = rememberedMapping(db, signature);
  if (remembered) {
    const known = new Set(categories.map((c) => c.id));
    return {
      targets: placeColumns(headers, remembered.columns).map((c) => ({ target: c.target, matchedBy: 'remembered' as const })),
      from: 'remembered',
      // null was a choice too: 按标题推测.
      categoryId: remembered.categoryId === null ? null : known.has(remembered.categoryId) ? remembered.categoryId : undefined,
    };
  }
  return { targets: auto, from: 'auto', categoryId: undefined };
}

function yearOf(input: LedgerImportInput, sheetName: string, fileName: string, table: FoundTable | null): ImportLayout['year'] {
  if (input.year !== undefined) return { value: input.year, from: 'input' };
  const fromSheet = yearFromName(sheetName);
  if (fromSheet !== null) return { value: fromSheet, from: 'sheet' };
  const fromFile = yearFromName(baseName(fileName));
  if (fromFile !== null) return { value: fromFile, from: 'file' };
  const fromTitle = table ? yearFromName(table.titleRows.join(' ')) : null;
  return fromTitle !== null ? { value: fromTitle, from: 'title' } : { value: null, from: null };
}

export function resolveLayout(db: Database.Database, fileName: string, sheets: readonly TableSheet[], input: LedgerImportInput, categories: readonly Category[]): ImportLayout {
  const found = sheets.map((s) => {
    const result = findTable(s.rows, isKnownHeader);
    return result.ok ? result.table : null;
  });
  const chosen = chooseSheet(fileName, sheets, input.sheet, found);
  // The user's header row wins over the one found (their own column names are not known ones).
  const given = input.headerRow === undefined ? null : findTable(sheets[chosen]?.rows ?? [], isKnownHeader, input.headerRow - 1);
  if (given) found[chosen] = given.ok ? given.table : null;
  const sheet = sheets[chosen] ?? { name: '', rows: [] };
  const table = found[chosen] ?? null;
  const sheetList: ImportSheet[] = sheets.map((s, i) => ({ name: s.name, rows: s.rows.filter(hasContent).length, hasTable: found[i] !== null }));
  const visible = categories.filter((c) => !c.hidden);
  const suggested = categoryForSheetName(sheet.name, visible) ?? categoryForSheetName(baseName(fileName), visible);
  const known = new Set(categories.map((c) => c.id));
  if (input.categoryId !== undefined && input.categoryId !== null && !known.has(input.categoryId)) {
    throw new AppError('invalid_input', '所选的类别不存在（可能刚被删除），请重新选择。');
  }
  const year = yearOf(input, sheet.name, fileName, table);
  const base = { sheetName: sheet.name, rows: sheet.rows, sheets: sheetList, table, suggestedCategoryId: suggested?.id ?? null, year };
  if (!table) {
    const why = given ?? findTable(sheet.rows, isKnownHeader);
    const problem = why.ok ? null : `工作表“${sheet.name}”${why.message}`;
    return { ...base, problem, columns: [], mappingFrom: 'auto', signature: '', sheetCategoryId: input.categoryId ?? suggested?.id ?? null };
  }
  const signature = layoutSignature(table.headers);
  const samples = table.headers.map((_, index) => samplesOf(sheet.rows, table, index));
  const mapped = mapColumns(db, table.headers, signature, input, categories, samples);
  const columns: ImportColumn[] = table.headers.map((header, index) => ({
    index,
    header,
    samples: samples[index] ?? [],
    target: mapped.targets[index]?.target ?? { kind: 'skip' },
    matchedBy: mapped.targets[index]?.matchedBy ?? 'none',
  }));
  // The user's choice; else the mapping's (file or remembered); else what the sheet's name suggests.
  const sheetCategoryId = input.categoryId !== undefined ? input.categoryId : mapped.categoryId !== undefined ? mapped.categoryId : (suggested?.id ?? null);
  const problem = checkMapping(columns, { categoryGiven: sheetCategoryId !== null });
  return { ...base, problem, columns, mappingFrom: mapped.from, signature, sheetCategoryId };
}
