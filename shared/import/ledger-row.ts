import type { Category } from '../domain/category';
import { ACTIVITY_PERIOD_NAMES, LEADER_ROLES } from '../domain/activity';
import type { ParsedMetric } from './parse-cells';
import { parseCount, parseLedgerDate, parseMetricValue, parseMetricsCell, splitTags } from './parse-cells';
import type { LedgerColumnKey } from './ledger-columns';

// One spreadsheet row → the raw input of activities.create. Cell-level problems are collected here
// (with the column named); the contract's schema then checks the whole as it would from the form.

export interface RowColumns {
  columns: ReadonlyMap<number, LedgerColumnKey>;
  metricColumns: ReadonlyMap<number, { name: string; unit: string }>;
}

export type RowConversion =
  | { ok: true; input: Record<string, unknown>; id: string | null }
  | { ok: false; problems: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function findCategory(categories: readonly Category[], name: string): Category | undefined {
  return categories.find((c) => c.name === name) ?? categories.find((c) => c.aliases.includes(name));
}

function periodFromText(text: string): string | null {
  if (text === '') return '';
  const found = Object.entries(ACTIVITY_PERIOD_NAMES).find(([, name]) => name === text);
  return found ? found[0] : null;
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

export function convertLedgerRow(row: readonly string[], layout: RowColumns, categories: readonly Category[]): RowConversion {
  const cell: Partial<Record<LedgerColumnKey, string>> = {};
  layout.columns.forEach((key, index) => {
    cell[key] = (row[index] ?? '').trim();
  });
  const problems: string[] = [];
  const input: Record<string, unknown> = {};

  const date = parseLedgerDate(cell.date ?? '');
  if (!cell.date) problems.push('日期：必须填写');
  else if (!date.ok) problems.push(`日期：${date.reason}`);
  else input.date = date.value;

  if (cell.endDate) {
    const end = parseLedgerDate(cell.endDate);
    if (end.ok) input.endDate = end.value;
    else problems.push(`结束日期：${end.reason}`);
  }

  if (!cell.category) problems.push('类别：必须填写');
  else {
    const category = findCategory(categories, cell.category);
    if (category) input.categoryId = category.id;
    else problems.push(`类别：“${cell.category}”不是台账中的类别（请使用类别名称或其别名，如“普法宣传教育”“普法”）`);
  }

  input.title = cell.title ?? '';
  // ledger.md: the report sentence falls back to the title when the column is empty.
  input.summary = cell.summary || cell.title || '';
  for (const key of ['department', 'location', 'details', 'participantsDesc', 'docTitle', 'docNumber'] as const) {
    if (cell[key]) input[key] = cell[key];
  }
  if (cell.tags) input.tags = splitTags(cell.tags);

  if (cell.participantCount) {
    const count = parseCount(cell.participantCount);
    if (count.ok) input.participantCount = count.value;
    else problems.push(`参加人数：${count.reason}`);
  }
  if (cell.leaderRole && !['无', '否'].includes(cell.leaderRole)) {
    if ((LEADER_ROLES as readonly string[]).includes(cell.leaderRole)) input.leaderRole = cell.leaderRole;
    else problems.push(`主要负责人参与：“${cell.leaderRole}”应为 ${LEADER_ROLES.join('、')} 之一，或留空`);
  }
  if (cell.period) {
    const period = periodFromText(cell.period);
    if (period === null) problems.push(`统计期间：“${cell.period}”应为 ${Object.values(ACTIVITY_PERIOD_NAMES).join('、')} 之一`);
    else input.period = period;
  }

  const metrics: ParsedMetric[] = [];
  if (cell.metrics) {
    const parsed = parseMetricsCell(cell.metrics);
    if (parsed.ok) metrics.push(...parsed.value);
    else problems.push(`指标：${parsed.reason}`);
  }
  layout.metricColumns.forEach((column, index) => {
    const raw = (row[index] ?? '').trim();
    if (!raw) return;
    const parsed = parseMetricValue(raw);
    if (!parsed.ok) return problems.push(`${column.name}（${column.unit}）：${parsed.reason}`);
    if (metrics.some((m) => m.name === column.name)) return problems.push(`${column.name}：在“指标”列和单独一列中都填了`);
    metrics.push({ name: column.name, value: parsed.value.value, unit: parsed.value.unit || column.unit, approximate: parsed.value.approximate });
  });
  if (metrics.length) input.metrics = metrics;

  let id: string | null = null;
  if (cell.id) {
    if (UUID.test(cell.id.toLowerCase())) id = cell.id.toLowerCase();
    else problems.push(`编号：“${cell.id}”不是本程序导出的编号（可以留空）`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, input, id };
}
