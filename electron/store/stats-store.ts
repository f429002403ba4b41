import type Database from 'better-sqlite3';
import type { ActivityPeriod } from '../../shared/domain/activity';
import type { TotalsEntry } from '../../shared/report/numbers/metric-totals';
import type { DimensionSpec } from './stats-dimensions';

// The 统计 page's SQL. An entry belongs to the year of its (start) date, exactly as the ledger's year
// filter selects it, and the trash never counts. All the counts come from one GROUP BY over the
// live-entries index for the two years at once (the chosen year and the one before, for 同比), by
// every dimension together; the few thousand groups at most are then added up per dimension.

export interface YearPair {
  current: number;
  last: number;
}

export interface YearCounts {
  entries: YearPair;
  /** The sum of 参加人数. */
  participants: YearPair;
  /** Per dimension (in the order given): group key → entries in each year. */
  byDimension: Map<string, YearPair>[];
}

function add(pair: YearPair, current: boolean, n: number): void {
  if (current) pair.current += n;
  else pair.last += n;
}

export function yearCounts(db: Database.Database, year: number, dimensions: readonly DimensionSpec[]): YearCounts {
  const keys = dimensions.map((d, i) => `CAST(${d.groupBy} AS TEXT) AS k${i}`);
  const groupBy = dimensions.map((_, i) => `k${i}`);
  const rows = db
    .prepare(
      `SELECT ${[...keys, `(a.date >= '${year}-01-01') AS cur`].join(', ')}, count(*) AS n, coalesce(sum(a.participant_count), 0) AS people
       FROM activities a WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ?
       GROUP BY ${[...groupBy, 'cur'].join(', ')}`,
    )
    .all(`${year - 1}-01-01`, `${year + 1}-01-01`) as (Record<string, string> & { cur: number; n: number; people: number })[];
  const counts: YearCounts = { entries: { current: 0, last: 0 }, participants: { current: 0, last: 0 }, byDimension: dimensions.map(() => new Map()) };
  for (const r of rows) {
    const current = r.cur === 1;
    add(counts.entries, current, r.n);
    add(counts.participants, current, r.people);
    counts.byDimension.forEach((groups, i) => {
      const key = r[`k${i}`]!;
      const pair = groups.get(key) ?? { current: 0, last: 0 };
      add(pair, current, r.n);
      groups.set(key, pair);
    });
  }
  return counts;
}

/**
 * The year's metric figures, already summed where the report's totals rule would only add them up:
 * counts and amounts per (period, quarter of the date), so the rule sees at most 16 groups per metric
 * instead of every entry. Sums do not depend on their order, so the totals are the report's own.
 * Rates (%) are never added, so each entry's rate stays a row of its own, as the rule needs.
 */
export interface MetricGroups {
  /** For computeTotals. A group's id is `group:<period>:<quarter>`; a rate's is its entry's id. */
  entries: TotalsEntry[];
  /** Group id → metric key (name \0 unit) → how many entries it sums. */
  sizes: Map<string, Map<string, number>>;
}

// Parenthesised: || binds tighter than / in SQLite.
const QUARTER = '((CAST(substr(a.date, 6, 2) AS INTEGER) - 1) / 3)';
const IS_RATE = "m.unit IN ('%', '％')";
const LIVE_IN_YEAR = 'a.deleted_at IS NULL AND a.date >= ? AND a.date < ?';

export const metricKey = (m: { name: string; unit: string }) => `${m.name}\u0000${m.unit}`;

/** `approvedOnly`: 已审核 entries only, as the annual report reads a year (its 同比 against last year too). */
export function metricGroups(db: Database.Database, year: number, approvedOnly = false): MetricGroups {
  const range = [`${year}-01-01`, `${year + 1}-01-01`];
  const live = approvedOnly ? `${LIVE_IN_YEAR} AND a.review_status = 'approved'` : LIVE_IN_YEAR;
  const summed = db
    .prepare(
      `SELECT a.period, ${QUARTER} AS q, m.name, m.unit, total(m.value) AS value, max(m.approximate) AS approximate, count(*) AS n
       FROM activities a JOIN activity_metrics m ON m.activity_id = a.id
       WHERE ${live} AND NOT ${IS_RATE}
       GROUP BY a.period, q, m.name, m.unit`,
    )
    .all(...range) as { period: ActivityPeriod; q: number; name: string; unit: string; value: number; approximate: number; n: number }[];
  const groups = new Map<string, TotalsEntry & { metrics: TotalsEntry['metrics'][number][] }>();
  const sizes = new Map<string, Map<string, number>>();
  for (const r of summed) {
    const id = `group:${r.period}:${r.q}`;
    let group = groups.get(id);
    if (!group) {
      // The quarter's first day: the rule reads only the quarter from a date.
      group = { id, date: `${year}-${String(r.q * 3 + 1).padStart(2, '0')}-01`, title: '', period: r.period, metrics: [] };
      groups.set(id, group);
      sizes.set(id, new Map());
    }
    group.metrics.push({ name: r.name, value: r.value, unit: r.unit, approximate: r.approximate === 1 });
    sizes.get(id)!.set(metricKey(r), r.n);
  }
  const rates = db
    .prepare(
      `SELECT a.id, a.date, a.title, a.period, m.name, m.value, m.unit, m.approximate
       FROM activities a JOIN activity_metrics m ON m.activity_id = a.id
       WHERE ${live} AND ${IS_RATE}
       ORDER BY a.date, a.created_at, a.id`,
    )
    .all(...range) as { id: string; date: string; title: string; period: ActivityPeriod; name: string; value: number; unit: string; approximate: number }[];
  const rateEntries = rates.map((r) => ({ id: r.id, date: r.date, title: r.title, period: r.period, metrics: [{ name: r.name, value: r.value, unit: r.unit, approximate: r.approximate === 1 }] }));
  return { entries: [...groups.values(), ...rateEntries], sizes };
}

/** The entries carrying a metric in the year, with the group (see metricGroups) each falls in. */
export function metricCarriers(db: Database.Database, year: number, name: string, unit: string): { id: string; group: string }[] {
  return db
    .prepare(
      `SELECT a.id, 'group:' || a.period || ':' || ${QUARTER} AS "group"
       FROM activities a JOIN activity_metrics m ON m.activity_id = a.id
       WHERE ${LIVE_IN_YEAR} AND m.name = ? AND m.unit = ?`,
    )
    .all(`${year}-01-01`, `${year + 1}-01-01`, name, unit) as { id: string; group: string }[];
}

/** "name\u0000unit" of the unit's metric definitions, in the order the forms offer them. */
export function definedMetricOrder(db: Database.Database): string[] {
  return db
    .prepare(
      `SELECT d.name || char(0) || d.unit FROM metric_definitions d JOIN categories c ON c.id = d.category_id
       ORDER BY c.sort_order, d.sort_order, d.id`,
    )
    .pluck()
    .all() as string[];
}
