import type Database from 'better-sqlite3';
import type { StatsCount, StatsDimension, StatsMetric, StatsRow, StatsYearView } from '../../shared/domain/stats';
import type { MetricTotal } from '../../shared/report/numbers/metric-totals';
import { computeTotals } from '../../shared/report/numbers/metric-totals';
import { yearOnYear } from '../../shared/stats/year-on-year';
import type { DimensionSpec } from '../store/stats-dimensions';
import { DIMENSIONS } from '../store/stats-dimensions';
import type { YearPair } from '../store/stats-store';
import type { MetricGroups } from '../store/stats-store';
import { definedMetricOrder, metricCarriers, metricGroups, metricKey, yearCounts } from '../store/stats-store';

// One year's figures against the year before. Counts come from SQL; metric totals from the same rule
// the annual report uses (computeTotals), so the page and the report never disagree on a figure.

function countOf(pair: YearPair): StatsCount {
  return { count: pair.current, lastYear: pair.last, change: yearOnYear(pair.current, pair.last) };
}

function dimensionView(db: Database.Database, spec: DimensionSpec, counts: Map<string, YearPair>): StatsDimension {
  const row = (key: string, label: string): StatsRow => ({ key, label, ...countOf(counts.get(key) ?? { current: 0, last: 0 }), drill: spec.drill(key) });
  const known = spec.known(db);
  const knownKeys = new Set(known.map((k) => k.key));
  const listed = known.filter((k) => k.always || counts.has(k.key)).map((k) => row(k.key, k.label));
  const others = [...counts.keys()]
    .filter((k) => !knownKeys.has(k))
    .map((k) => row(k, spec.labelOf(k)))
    // Most entries first; an empty key (not filled in) last.
    .sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.count - a.count || b.lastYear - a.lastYear || a.label.localeCompare(b.label, 'zh-CN'));
  return { key: spec.key, label: spec.label, rows: [...listed, ...others] };
}

/** How many entries a total sums, and which entries carrying the metric it leaves out (a period total covers them). */
function membership(db: Database.Database, year: number, t: MetricTotal, groups: MetricGroups): { entries: number; notCounted: string[] } {
  const key = metricKey(t);
  const counted = new Set(t.sources);
  const grouped = [...groups.sizes].filter(([, sizes]) => sizes.has(key));
  if (grouped.length === 0) {
    // A rate: its sources are entries.
    const carrying = groups.entries.filter((e) => !e.id.startsWith('group:') && e.metrics.some((m) => metricKey(m) === key));
    return { entries: counted.size, notCounted: carrying.map((e) => e.id).filter((id) => !counted.has(id)) };
  }
  const entries = grouped.filter(([id]) => counted.has(id)).reduce((n, [, sizes]) => n + sizes.get(key)!, 0);
  const leftOut = grouped.some(([id]) => !counted.has(id));
  const notCounted = leftOut ? metricCarriers(db, year, t.name, t.unit).filter((c) => !counted.has(c.group)).map((c) => c.id) : [];
  return { entries, notCounted };
}

function metricViews(db: Database.Database, year: number): { metrics: StatsMetric[]; notes: string[] } {
  const groups = metricGroups(db, year);
  const current = computeTotals(groups.entries);
  const last = new Map(computeTotals(metricGroups(db, year - 1).entries).totals.map((t) => [metricKey(t), t]));

  const view = (t: MetricTotal | undefined, before: MetricTotal | undefined): StatsMetric => {
    const { name, unit } = (t ?? before)!;
    return {
      name,
      unit,
      value: t ? t.value : null,
      approximate: t?.approximate ?? false,
      lastYear: before ? { value: before.value, approximate: before.approximate } : null,
      change: t ? yearOnYear(t.value, before?.value, unit) : null,
      ...(t ? membership(db, year, t, groups) : { entries: 0, notCounted: [] }),
      drill: { metricName: name, metricUnit: unit },
    };
  };
  const metrics = current.totals.map((t) => view(t, last.get(metricKey(t))));
  const seen = new Set(current.totals.map(metricKey));
  for (const [key, before] of last) if (!seen.has(key)) metrics.push(view(undefined, before));

  const order = new Map(definedMetricOrder(db).map((k, i) => [k, i]));
  const rank = (m: StatsMetric) => order.get(metricKey(m)) ?? Number.MAX_SAFE_INTEGER;
  metrics.sort((a, b) => Number(a.value === null) - Number(b.value === null) || rank(a) - rank(b) || b.entries - a.entries || a.name.localeCompare(b.name, 'zh-CN'));
  return { metrics, notes: current.notes.map((n) => n.message) };
}

export function statsYear(db: Database.Database, year: number): StatsYearView {
  // One read transaction: the figures are all of the same moment even if an entry is saved meanwhile.
  return db.transaction(() => {
    const counts = yearCounts(db, year, DIMENSIONS);
    return {
      year,
      total: countOf(counts.entries),
      participants: countOf(counts.participants),
      dimensions: DIMENSIONS.map((d, i) => dimensionView(db, d, counts.byDimension[i]!)),
      ...metricViews(db, year),
    };
  })();
}
