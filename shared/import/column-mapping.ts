import type { ColumnMatch } from '../domain/ledger-io';
import type { ColumnTarget } from './column-target';
import { columnTargetSchema, fieldLabel, MULTI_COLUMN_FIELDS, targetLabel } from './column-target';
import type { LedgerColumnKey } from './ledger-columns';
import { LEDGER_COLUMNS, normalizeHeader, parseMetricHeader } from './ledger-columns';

// The first guess at what each column of a unit's own sheet holds, made from its headers alone; the
// user sees it in the import dialog's 对应列 step and can change any of it.

export interface MappedColumn {
  index: number;
  header: string;
  target: ColumnTarget;
  matchedBy: ColumnMatch;
}

/**
 * Columns that are part of a table but hold nothing for the ledger: a running number. Our own export's
 * UUID column is headed 编号 (a field), so 编号 is not here; a unit's 序号 is.
 */
const SKIPPED_HEADERS: readonly string[] = ['序号', '序', '排序', '顺序号', '行号', 'no', 'no.'];

/** The part of a two-level header joined "上级·下级". */
const LEVEL_SEPARATOR = '·';

/** Sub-headers under a date column (活动时间 · 开始 / 结束). */
const START_PARTS: ReadonlySet<string> = new Set(['开始', '起', '自', '从', '起始']);
const END_PARTS: ReadonlySet<string> = new Set(['结束', '截止', '止', '至', '到', '终止']);

/** A title row above the table looks like 名称（单位） too: 2024年普法宣传台账（第一季度）. */
const TITLE_WORDS = /台账|统计表|登记表|一览表|汇总表|情况表/;

/**
 * How headers compare: spaces and bracket width ignored (normalizeHeader), Latin letters in either
 * case, and the marks templates put on required columns (*日期, 日期：) dropped.
 */
export function headerKey(raw: string): string {
  return normalizeHeader(raw)
    .toLowerCase()
    .replace(/^[*＊※]+|[*＊※:：]+$/g, '');
}

export interface FieldMatch {
  field: LedgerColumnKey;
  byName: boolean;
}

const FIELD_BY_KEY: ReadonlyMap<string, FieldMatch> = new Map(
  LEDGER_COLUMNS.flatMap((c): [string, FieldMatch][] => [[headerKey(c.header), { field: c.key, byName: true }], ...c.aliases.map((a): [string, FieldMatch] => [headerKey(a), { field: c.key, byName: false }])]),
);

const SKIPPED_KEYS: ReadonlySet<string> = new Set(SKIPPED_HEADERS.map(headerKey));

/** A field by its name or an alias: 时间 → 日期. */
export function fieldForHeader(raw: string): FieldMatch | null {
  return FIELD_BY_KEY.get(headerKey(raw)) ?? null;
}

/** 发放宣传材料（份） as a metric, if it is a plausible one (within the schema's lengths, not a title). */
function metricForHeader(raw: string): { name: string; unit: string } | null {
  const metric = parseMetricHeader(raw.trim());
  if (!metric || TITLE_WORDS.test(metric.name) || /\d/.test(metric.unit)) return null;
  const target = columnTargetSchema.safeParse({ kind: 'metric', ...metric });
  return target.success && target.data.kind === 'metric' ? { name: target.data.name, unit: target.data.unit } : null;
}

/** 参加人数（人）, 日期（必填）: a field's name with a unit or remark in brackets. */
function fieldWithBracket(raw: string): LedgerColumnKey | null {
  const m = /^(.+?)（[^（）]*）$/.exec(normalizeHeader(raw));
  return m ? (fieldForHeader(m[1] as string)?.field ?? null) : null;
}

interface Guess {
  target: ColumnTarget;
  matchedBy: ColumnMatch;
  /** Lower is surer: when two columns want one field, the surer one gets it (then the left one). */
  rank: number;
}

function guessOne(raw: string, withMetric = true): Guess | null {
  const key = headerKey(raw);
  if (!key) return null;
  if (SKIPPED_KEYS.has(key)) return { target: { kind: 'skip' }, matchedBy: 'name', rank: 0 };
  const field = fieldForHeader(raw);
  if (field) return { target: { kind: 'field', field: field.field }, matchedBy: field.byName ? 'name' : 'alias', rank: field.byName ? 0 : 1 };
  const bracketed = fieldWithBracket(raw);
  if (bracketed) return { target: { kind: 'field', field: bracketed }, matchedBy: 'alias', rank: 2 };
  const metric = withMetric ? metricForHeader(raw) : null;
  if (metric) return { target: { kind: 'metric', ...metric }, matchedBy: 'metric', rank: 2 };
  return null;
}

/**
 * "责任清单·责任处室": the whole, then the last part (责任处室), then the first. A metric is read from
 * the last part only (宣传情况·发放宣传材料（份） → 发放宣传材料), so it meets the metric of that name.
 */
function guessColumn(raw: string): Guess | null {
  const parts = raw
    .split(LEVEL_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const whole = guessOne(raw, parts.length < 2);
  if (whole || parts.length < 2) return whole;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const lower = guessOne(last);
  if (lower) return { ...lower, rank: lower.rank + 3 };
  const upperField = fieldForHeader(first)?.field ?? fieldWithBracket(first);
  if (upperField) {
    const lastKey = headerKey(last);
    if (upperField === 'date' && END_PARTS.has(lastKey)) return { target: { kind: 'field', field: 'endDate' }, matchedBy: 'alias', rank: 6 };
    if (upperField === 'date' && START_PARTS.has(lastKey)) return { target: { kind: 'field', field: 'date' }, matchedBy: 'alias', rank: 6 };
    return { target: { kind: 'field', field: upperField }, matchedBy: 'alias', rank: 7 };
  }
  // 行政处罚实施数量（宗）· 警告 / 罚款: one metric per sub-column, counted in the upper unit.
  const upperMetric = metricForHeader(first);
  if (upperMetric) {
    const metric = metricForHeader(`${upperMetric.name}${LEVEL_SEPARATOR}${last}（${upperMetric.unit}）`);
    if (metric) return { target: { kind: 'metric', ...metric }, matchedBy: 'metric', rank: 8 };
  }
  return null;
}

/** Used to find the header row: a field's name or alias, a metric header 名称（单位）, or 序号. */
export function isKnownHeader(cell: string): boolean {
  return guessColumn(cell) !== null;
}

/** What one column's target takes up: a single-valued field, or a metric's name; null when shared. */
function slotOf(target: ColumnTarget): string | null {
  if (target.kind === 'field') return MULTI_COLUMN_FIELDS.has(target.field) ? null : `field:${target.field}`;
  if (target.kind === 'metric') return `metric:${target.name}`;
  return null;
}

/**
 * Each column's target by its header: by name, alias or 名称（单位）; 序号 is skipped by name; an
 * unknown header is skipped ('none'). A single-valued field (or metric) wanted by two columns goes to
 * the surer match (name before alias, then the left one); the other is skipped ('none') so the user
 * sees it. A sheet with no title column gets its 内容摘要 column as 事项标题: an entry needs a title,
 * and the report sentence falls back to the title anyway.
 */
export function suggestColumns(headers: readonly string[]): MappedColumn[] {
  const guesses = headers.map((h) => guessColumn(h));
  const winner = new Map<string, number>();
  guesses.forEach((g, index) => {
    const slot = g ? slotOf(g.target) : null;
    if (!g || slot === null) return;
    const held = winner.get(slot);
    if (held === undefined || g.rank < (guesses[held] as Guess).rank) winner.set(slot, index);
  });
  const columns: MappedColumn[] = headers.map((header, index) => {
    const g = guesses[index];
    const slot = g ? slotOf(g.target) : null;
    if (!g || (slot !== null && winner.get(slot) !== index)) return { index, header, target: { kind: 'skip' }, matchedBy: 'none' };
    return { index, header, target: g.target, matchedBy: g.matchedBy };
  });
  if (!winner.has('field:title')) {
    const summary = winner.get('field:summary');
    if (summary !== undefined) (columns[summary] as MappedColumn).target = { kind: 'field', field: 'title' };
  }
  return columns;
}

/** The layout's fingerprint: its normalized non-empty headers in order (spaces cannot occur in one). */
export function layoutSignature(headers: readonly string[]): string {
  return headers
    .map((h) => normalizeHeader(h))
    .filter(Boolean)
    .join(' ');
}

function quoted(headers: readonly string[]): string {
  const q = headers.map((h) => `“${h.trim() || '（无表头的列）'}”`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join('')}和${q[q.length - 1]}`;
}

function keepOne(count: number): string {
  return count === 2 ? '请把其中一列改为“不导入”。' : '请只保留其中一列，其余改为“不导入”。';
}

/**
 * Whether rows can be read with this mapping: null when they can, else one message naming the
 * columns. A missing 类别 is never a problem, whether or not one is given for the whole sheet: each
 * row's category can be guessed from its title or chosen in the preview.
 */
export function checkMapping(columns: readonly { header: string; target: ColumnTarget }[], _options: { categoryGiven: boolean }): string | null {
  const bySlot = new Map<string, { target: ColumnTarget; headers: string[] }>();
  for (const c of columns) {
    const slot = slotOf(c.target);
    if (slot === null) continue;
    const held = bySlot.get(slot);
    if (held) held.headers.push(c.header);
    else bySlot.set(slot, { target: c.target, headers: [c.header] });
  }
  for (const { target, headers } of bySlot.values()) {
    if (headers.length < 2) continue;
    if (target.kind === 'metric') {
      return `${quoted(headers)}都对应到指标“${target.name}”：每个指标只能对应一列。${keepOne(headers.length)}`;
    }
    return `${quoted(headers)}都对应到“${targetLabel(target)}”：每个字段只能对应一列（${[...MULTI_COLUMN_FIELDS].map((f) => `“${fieldLabel(f)}”`).join('')}除外）。${keepOne(headers.length)}`;
  }
  for (const field of ['date', 'title'] as const) {
    if (!bySlot.has(`field:${field}`)) {
      const label = fieldLabel(field);
      return `没有哪一列对应到“${label}”。请在“对应列”中指定${label}所在的列。`;
    }
  }
  return null;
}

/**
 * Puts saved {header, target} pairs (a remembered mapping) on a sheet's columns by header, the n-th
 * column of a repeated header taking the n-th saved one; columns with no saved pair are skipped.
 */
export function placeColumns(headers: readonly string[], saved: readonly { header: string; target: ColumnTarget }[]): { index: number; header: string; target: ColumnTarget }[] {
  const byKey = new Map<string, ColumnTarget>();
  occurrenceKeys(saved.map((s) => s.header)).forEach((key, i) => {
    if (key !== null && !byKey.has(key)) byKey.set(key, (saved[i] as { target: ColumnTarget }).target);
  });
  return occurrenceKeys(headers).map((key, index) => ({
    index,
    header: headers[index] as string,
    target: (key !== null ? byKey.get(key) : undefined) ?? { kind: 'skip' },
  }));
}

/** Each header's compare key, "#2", "#3" … after a repeated one; null for a blank header. */
export function occurrenceKeys(headers: readonly string[]): (string | null)[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const key = headerKey(h);
    if (!key) return null;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
