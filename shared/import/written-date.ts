import type { DatePrecision } from '../domain/activity';
import { dateProblem } from '../validation/fields';

// Dates in an old 台账 as people write them: 2024.3.15, 2024年3月5号, 2025年7月, 2023年10月至11月,
// 2026年度. Only forms that cannot be misread are accepted: "3.5" and "3/5" could be a number or
// either day-month order, so a date without a year must be written 3月5日.

/** ISO YYYY-MM-DD. A month or a year is stored as its first day, and endDate as its last. */
export interface WrittenDate {
  date: string;
  endDate: string | null;
  precision: DatePrecision;
}

export type WrittenDateResult = { ok: true; value: WrittenDate } | { ok: false; reason: string; needsYear?: true };

const UNRECOGNISED = '不是可识别的日期，可写成 2024-03-15、2024.3.15、2024年3月15日、2025年7月 或 2023年10月至11月';

/** One side of a date or range, as written. Missing parts come from the other side or the import's year. */
type Side =
  | { kind: 'cn'; year: number | null; month: number | null; day: number | null }
  | { kind: 'sep'; sep: string; year: number | null; month: number; day: number | null }
  | { kind: 'compact'; year: number; month: number; day: number }
  | { kind: 'bare'; value: number };

/** A resolved point: the year is null only when it is to come from the import's year. */
interface Point {
  year: number | null;
  month: number;
  day: number | null;
}

// Full-width digits and marks fold under NFKC; the ideographic full stop (2024。3。15, typed with a
// Chinese IME on) does not, so it is mapped by hand. Spaces never belong to a date.
function normalize(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, '').replace(/。/g, '.');
}

const CN = /^(?:(\d{4})年)?(?:(\d{1,2})月(份)?)?(?:(\d{1,2})[日号])?$/;
const SEP_FULL = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/;
const SEP_PARTIAL = /^(\d{1,2})([-/.])(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const BARE = /^(\d{1,2})$/;
const YEAR_ONLY = /^(\d{4})(?:年度?|年?全年)?$/;
// Between the two sides of a range. "-" is also a date separator: every place is tried.
const RANGE_MARK = /至|到|[-~〜—–―‐−]+/g;

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

function readSide(s: string): Side | null {
  const cn = CN.exec(s);
  if (cn) {
    const [year, month, day] = [num(cn[1]), num(cn[2]), num(cn[4])];
    if (month === null && day === null) return null;
    // 2024年5日 skips the month; 7月份 is a whole month and takes no day.
    if (year !== null && month === null) return null;
    if (cn[3] && day !== null) return null;
    return { kind: 'cn', year, month, day };
  }
  const full = SEP_FULL.exec(s);
  if (full) return { kind: 'sep', sep: full[2]!, year: Number(full[1]), month: Number(full[3]), day: num(full[4]) };
  const partial = SEP_PARTIAL.exec(s);
  if (partial) return { kind: 'sep', sep: partial[2]!, year: null, month: Number(partial[1]), day: Number(partial[3]) };
  const compact = COMPACT.exec(s);
  if (compact) return { kind: 'compact', year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  const bare = BARE.exec(s);
  if (bare) return { kind: 'bare', value: Number(bare[1]) };
  return null;
}

/** A side that can stand alone or open a range: it names at least the month, and a year unless written 3月5日. */
function asStart(side: Side | null): Point | null {
  if (!side || side.kind === 'bare') return null;
  if (side.kind === 'cn') return side.month === null ? null : { year: side.year, month: side.month, day: side.day };
  if (side.year === null) return null;
  return { year: side.year, month: side.month, day: side.day };
}

/**
 * The closing side of a range, written the same way as the opening one and to the same precision;
 * it may leave out what it shares with the start (2024年3月15日至17日, 2024.3.15-3.17, 2023.10-11).
 */
function asEnd(side: Side | null, start: Side, from: Point): Point | null {
  if (!side) return null;
  const byDay = from.day !== null;
  if (side.kind === 'bare') {
    if (start.kind !== 'sep') return null;
    return byDay ? { year: null, month: from.month, day: side.value } : { year: null, month: side.value, day: null };
  }
  if (side.kind === 'compact') return start.kind === 'compact' ? { year: side.year, month: side.month, day: side.day } : null;
  if (side.kind === 'sep') {
    if (start.kind !== 'sep' || side.sep !== start.sep || (side.day !== null) !== byDay) return null;
    return { year: side.year, month: side.month, day: side.day };
  }
  if (start.kind !== 'cn' || (side.day !== null) !== byDay) return null;
  // A year on the closing side only where the opening side has one: 2023年11月至2024年1月.
  if (side.year !== null && from.year === null) return null;
  if (side.month === null) return side.year === null ? { year: null, month: from.month, day: side.day } : null;
  return { year: side.year, month: side.month, day: side.day };
}

function readRange(s: string): { from: Point; to: Point | null } | null {
  const single = asStart(readSide(s));
  if (single) return { from: single, to: null };
  for (const mark of s.matchAll(RANGE_MARK)) {
    const startSide = readSide(s.slice(0, mark.index));
    const from = asStart(startSide);
    if (!from || !startSide) continue;
    const to = asEnd(readSide(s.slice(mark.index + mark[0].length)), startSide, from);
    if (to) return { from, to };
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** What is wrong with a whole month, in the words dateProblem uses for a day. */
function monthProblem(y: number, m: number): string | null {
  if (m < 1 || m > 12) return `这个月不存在（没有${m}月）`;
  return dateProblem(iso(y, m, 1));
}

function fail(reason: string, needsYear?: true): WrittenDateResult {
  return needsYear ? { ok: false, reason, needsYear } : { ok: false, reason };
}

function resolve(shown: string, from: Point, to: Point | null, contextYear: number | null): WrittenDateResult {
  const year = from.year ?? contextYear;
  if (year === null) return fail(`“${shown}”没有写年份，请在导入设置中填写年份`, true);
  const end = to ?? from;
  const endYear = end.year ?? year;

  let date: string;
  let endDate: string;
  if (from.day !== null && end.day !== null) {
    date = iso(year, from.month, from.day);
    endDate = iso(endYear, end.month, end.day);
    const problem = dateProblem(date) ?? dateProblem(endDate);
    if (problem) return fail(`“${shown}”${problem}`);
  } else {
    const problem = monthProblem(year, from.month) ?? monthProblem(endYear, end.month);
    if (problem) return fail(`“${shown}”${problem}`);
    date = iso(year, from.month, 1);
    endDate = iso(endYear, end.month, lastDay(endYear, end.month));
  }
  if (endDate < date) return fail(`“${shown}”结束早于开始`);
  if (from.day === null) return { ok: true, value: { date, endDate, precision: 'month' } };
  return { ok: true, value: { date, endDate: endDate === date ? null : endDate, precision: 'day' } };
}

/**
 * Reads a date as written in a 台账 cell. A date, month or range written without a year (3月5日,
 * 7月, 10月至11月) takes `context.year`; without one the answer says so (`needsYear`), so the import
 * can ask for the year once instead of refusing every row.
 */
export function parseWrittenDate(raw: string, context?: { year?: number | null }): WrittenDateResult {
  const shown = raw.trim();
  if (shown === '') return fail('没有填写日期');
  const s = normalize(shown);

  const yearOnly = YEAR_ONLY.exec(s);
  if (yearOnly) {
    const y = Number(yearOnly[1]);
    const problem = dateProblem(iso(y, 1, 1));
    if (problem) return fail(`“${shown}”${problem}`);
    return { ok: true, value: { date: iso(y, 1, 1), endDate: iso(y, 12, 31), precision: 'year' } };
  }

  const range = readRange(s);
  if (!range) return fail(`“${shown}”${UNRECOGNISED}`);
  return resolve(shown, range.from, range.to, context?.year ?? null);
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/**
 * The year a file or sheet is named for ("2024年普法台账.xlsx", "学法台账（2023）"), to offer as the
 * year of dates written without one. A 4-digit run inside a longer number (20240315, 12345) is not a year.
 */
export function yearFromName(text: string): number | null {
  for (const m of text.normalize('NFKC').matchAll(/(?<!\d)\d{4}(?!\d)/g)) {
    const y = Number(m[0]);
    if (y >= FIRST_YEAR && y <= LAST_YEAR) return y;
  }
  return null;
}
