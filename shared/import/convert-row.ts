import type { Category } from '../domain/category';
import type { CategorySource } from '../domain/ledger-io';
import { ACTIVITY_PERIOD_NAMES, LEADER_ROLES } from '../domain/activity';
import type { ColumnTarget } from './column-target';
import type { LedgerColumnKey } from './ledger-columns';
import { guessCategory } from './guess-category';
import type { ParsedMetric } from './parse-cells';
import { parseCount, parseMetricsCell, parseMetricValue, splitTags } from './parse-cells';
import { parseWrittenDate } from './written-date';

// One row of a unit's own sheet → the raw input of activities.create, through the columns as mapped.
// Cell problems are collected with the column's own header and the text as written, so the preview
// can show the cell in red; the contract's schema then checks the whole as it would from the form.

export interface RowColumn {
  index: number;
  header: string;
  target: ColumnTarget;
}

export interface RowContext {
  columns: readonly RowColumn[];
  categories: readonly Category[];
  /** For dates written without a year. */
  year: number | null;
  /** For rows whose 类别 cell is empty or absent; null: guess from the title. */
  sheetCategoryId: number | null;
  /** The user's choice for single rows, by sheet row number; it wins over everything. */
  rowCategories: ReadonlyMap<number, number>;
}

export interface CellProblem {
  column: string;
  text: string;
  message: string;
}

export type ConvertedRow =
  | { ok: true; input: Record<string, unknown>; id: string | null; categoryFrom: CategorySource | null }
  | { ok: false; problems: CellProblem[]; needsYear: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A ticked box as units mark them: √ ✓ ■ ☑ 是. An empty cell, □ ☐ × 否 are not ticked. */
const TICKED = /^[√✓✔■☑●是yY]$/;
const UNTICKED = /^[□☐×✗○否nN]$/;

function findCategory(categories: readonly Category[], name: string): Category | undefined {
  return categories.find((c) => c.name === name) ?? categories.find((c) => c.aliases.includes(name));
}

function periodFromText(text: string): string | null {
  const found = Object.entries(ACTIVITY_PERIOD_NAMES).find(([, name]) => name === text);
  return found ? found[0] : null;
}

/** The texts of each single-valued field, and the columns of the fields several columns may fill. */
interface RowCells {
  single: Partial<Record<LedgerColumnKey, { header: string; text: string }>>;
  details: { header: string; text: string }[];
  tags: { header: string; text: string }[];
  metrics: { header: string; text: string; name: string; unit: string }[];
}

function collect(cells: readonly string[], columns: readonly RowColumn[]): RowCells {
  const out: RowCells = { single: {}, details: [], tags: [], metrics: [] };
  for (const column of columns) {
    const text = (cells[column.index] ?? '').trim();
    if (!text) continue;
    const { target, header } = column;
    if (target.kind === 'skip') continue;
    if (target.kind === 'metric') out.metrics.push({ header, text, name: target.name, unit: target.unit });
    else if (target.field === 'details') out.details.push({ header, text });
    else if (target.field === 'tags') out.tags.push({ header, text });
    else out.single[target.field] = { header, text };
  }
  return out;
}

/** 详细情况 from one column is its text; from several, one "列名：内容" line each (a tick says 是). */
function joinDetails(parts: RowCells['details'], many: boolean): string {
  return parts
    .filter((p) => !UNTICKED.test(p.text))
    .map((p) => {
      const text = TICKED.test(p.text) ? '是' : p.text;
      return many ? `${p.header}：${text}` : text;
    })
    .join('\n');
}

/** A tick in a 标签 column tags the entry with the column's name (a 宪法宣传周 √ column). */
function joinTags(parts: RowCells['tags']): string[] {
  const tags = parts.flatMap((p) => (TICKED.test(p.text) ? [p.header.split('·').pop() as string] : UNTICKED.test(p.text) ? [] : splitTags(p.text)));
  return [...new Set(tags)];
}

export function convertRow(cells: readonly string[], rowNumber: number, ctx: RowContext): ConvertedRow {
  const row = collect(cells, ctx.columns);
  const { single } = row;
  const problems: CellProblem[] = [];
  const problem = (cell: { header: string; text: string }, message: string) => problems.push({ column: cell.header, text: cell.text, message });
  const input: Record<string, unknown> = {};
  let needsYear = false;

  const dateCell = single.date;
  if (!dateCell) problems.push({ column: '日期', text: '', message: '必须填写' });
  else {
    const parsed = parseWrittenDate(dateCell.text, { year: ctx.year });
    if (!parsed.ok) {
      needsYear ||= parsed.needsYear === true;
      problem(dateCell, parsed.reason);
    } else {
      input.date = parsed.value.date;
      if (parsed.value.endDate) input.endDate = parsed.value.endDate;
      input.datePrecision = parsed.value.precision;
    }
  }
  if (single.endDate) {
    const end = parseWrittenDate(single.endDate.text, { year: ctx.year });
    if (!end.ok) {
      needsYear ||= end.needsYear === true;
      problem(single.endDate, end.reason);
    } else input.endDate = end.value.endDate ?? end.value.date;
  }

  const title = single.title?.text ?? '';
  if (!single.title) problems.push({ column: '事项标题', text: '', message: '必须填写' });
  input.title = title;
  // An empty 内容摘要 stays empty: the report composes the sentence from the fields (报告成文).
  if (single.summary) input.summary = single.summary.text;

  let categoryFrom: CategorySource | null = null;
  const chosen = ctx.rowCategories.get(rowNumber);
  const cell = single.category;
  const named = cell ? findCategory(ctx.categories, cell.text) : undefined;
  if (chosen !== undefined) {
    input.categoryId = chosen;
    categoryFrom = 'row';
  } else if (cell) {
    if (named) {
      input.categoryId = named.id;
      categoryFrom = 'column';
    } else problem(cell, `“${cell.text}”不是台账中的类别（请使用类别名称或其别名，如“普法宣传教育”“普法”），也可以在预览中为这一行选择类别`);
  } else if (ctx.sheetCategoryId !== null) {
    input.categoryId = ctx.sheetCategoryId;
    categoryFrom = 'sheet';
  } else {
    const guessed = guessCategory(`${title} ${single.summary?.text ?? ''}`, ctx.categories);
    if (guessed) {
      input.categoryId = guessed.id;
      categoryFrom = 'title';
    }
  }

  for (const key of ['department', 'location', 'participantsDesc', 'docTitle', 'docNumber'] as const) {
    if (single[key]) input[key] = single[key].text;
  }
  if (row.details.length) input.details = joinDetails(row.details, row.details.length > 1);
  if (row.tags.length) input.tags = joinTags(row.tags);

  if (single.participantCount) {
    const count = parseCount(single.participantCount.text);
    if (count.ok) input.participantCount = count.value;
    else problem(single.participantCount, count.reason);
  }
  const leader = single.leaderRole;
  if (leader && !['无', '否'].includes(leader.text) && !UNTICKED.test(leader.text)) {
    if (TICKED.test(leader.text)) input.leaderRole = '参加';
    else if ((LEADER_ROLES as readonly string[]).includes(leader.text)) input.leaderRole = leader.text;
    else problem(leader, `“${leader.text}”应为 ${LEADER_ROLES.join('、')} 之一，或打√、留空`);
  }
  if (single.period) {
    const period = periodFromText(single.period.text);
    if (period === null) problem(single.period, `“${single.period.text}”应为 ${Object.values(ACTIVITY_PERIOD_NAMES).join('、')} 之一`);
    else input.period = period;
  }

  const metrics: ParsedMetric[] = [];
  if (single.metrics) {
    const parsed = parseMetricsCell(single.metrics.text);
    if (parsed.ok) metrics.push(...parsed.value);
    else problem(single.metrics, parsed.reason);
  }
  for (const m of row.metrics) {
    const parsed = parseMetricValue(m.text);
    if (!parsed.ok) problem(m, parsed.reason);
    else if (metrics.some((x) => x.name === m.name)) problem(m, `指标“${m.name}”在“指标”列和单独一列中都填了`);
    else metrics.push({ name: m.name, value: parsed.value.value, unit: parsed.value.unit || m.unit, approximate: parsed.value.approximate });
  }
  if (metrics.length) input.metrics = metrics;

  let id: string | null = null;
  if (single.id) {
    const value = single.id.text.toLowerCase();
    if (UUID.test(value)) id = value;
    else problem(single.id, `“${single.id.text}”不是本程序导出的编号（可以留空，或把这一列设为“不导入”）`);
  }
  return problems.length ? { ok: false, problems, needsYear } : { ok: true, input, id, categoryFrom };
}
