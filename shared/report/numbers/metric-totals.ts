import type { ActivityPeriod } from '../../domain/activity';
import type { EntryMetric } from '../../domain/metric';
import type { Quantity } from './quantity-phrase';
import { isPercentUnit } from './quantity-phrase';

// A year's total of each metric, from single events and from period counters, never counting a
// figure twice. For one metric (name + unit):
//   - a year total wins: quarter/month totals and single events for it are then left out (and said so);
//   - else quarter totals, each quarter taken from its own total or, lacking one, from its months;
//   - else month totals; else the sum of the single events.
// Several totals for the same period are different offices and are added (626 + 13 = 639 cases).
// Rates (%) are never added: one stored value is used, or the most authoritative of several.

export interface TotalsEntry {
  id: string;
  date: string;
  title: string;
  period: ActivityPeriod;
  metrics: readonly EntryMetric[];
}

export interface MetricTotal extends Quantity {
  name: string;
  /** The entries whose figures make up the total. */
  sources: string[];
}

export interface TotalsNote {
  code: 'counter-overlap' | 'metric-unit-mixed' | 'rate-ambiguous';
  metric: string;
  message: string;
  sources: string[];
}

export interface MetricTotals {
  totals: MetricTotal[];
  notes: TotalsNote[];
}

interface Contribution {
  entry: TotalsEntry;
  metric: EntryMetric;
}

function sum(list: readonly Contribution[], name: string, unit: string): MetricTotal {
  return {
    name,
    unit,
    value: Number(list.reduce((s, c) => s + c.metric.value, 0).toFixed(4)),
    approximate: list.some((c) => c.metric.approximate),
    sources: [...new Set(list.map((c) => c.entry.id))],
  };
}

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3);

function periodTotal(list: readonly Contribution[], name: string, unit: string, notes: TotalsNote[]): MetricTotal {
  const by = (p: ActivityPeriod) => list.filter((c) => c.entry.period === p);
  const [years, quarters, months, events] = [by('year'), by('quarter'), by('month'), by('')];
  const note = (left: readonly Contribution[], message: string) => {
    if (left.length) notes.push({ code: 'counter-overlap', metric: name, message, sources: [...new Set(left.map((c) => c.entry.id))] });
  };
  if (years.length) {
    note([...quarters, ...months, ...events], `指标“${name}”既有年度汇总，又有季度/月度汇总或单次记录，已采用年度汇总，其余未重复计入`);
    return sum(years, name, unit);
  }
  const chosen: Contribution[] = [];
  const leftOut: Contribution[] = [];
  for (let q = 0; q < 4; q += 1) {
    const qTotals = quarters.filter((c) => quarterOf(c.entry.date) === q);
    const qMonths = months.filter((c) => quarterOf(c.entry.date) === q);
    if (qTotals.length) {
      chosen.push(...qTotals);
      leftOut.push(...qMonths);
    } else chosen.push(...qMonths);
  }
  note(leftOut, `指标“${name}”同一季度既有季度汇总又有月度汇总，已采用季度汇总`);
  if (chosen.length) {
    note(events, `指标“${name}”既有期间汇总又有单次记录，已采用期间汇总，单次记录未重复计入`);
    return sum(chosen, name, unit);
  }
  return sum(events, name, unit);
}

function storedRate(list: readonly Contribution[], name: string, unit: string, notes: TotalsNote[]): MetricTotal {
  const distinct = new Set(list.map((c) => c.metric.value));
  if (distinct.size === 1) return { ...sum(list.slice(0, 1), name, unit), sources: [...new Set(list.map((c) => c.entry.id))] };
  const ranked = [...list].sort((a, b) => Number(b.entry.period === 'year') - Number(a.entry.period === 'year') || b.entry.date.localeCompare(a.entry.date));
  const chosen = ranked[0] as Contribution;
  notes.push({
    code: 'rate-ambiguous',
    metric: name,
    message: `指标“${name}”在多条台账中数值不同（${[...distinct].join('、')}），比率不能相加，已采用“${chosen.entry.title}”的${chosen.metric.value}%，请核对`,
    sources: list.map((c) => c.entry.id),
  });
  return sum([chosen], name, unit);
}

export function computeTotals(entries: readonly TotalsEntry[]): MetricTotals {
  const groups = new Map<string, Contribution[]>();
  for (const entry of entries) {
    for (const metric of entry.metrics) {
      const key = `${metric.name}\u0000${metric.unit}`;
      // Appended in place: copying the list on every figure made a year of 20,000 figures quadratic.
      const list = groups.get(key);
      if (list) list.push({ entry, metric });
      else groups.set(key, [{ entry, metric }]);
    }
  }
  const notes: TotalsNote[] = [];
  const totals: MetricTotal[] = [];
  for (const list of groups.values()) {
    const { name, unit } = (list[0] as Contribution).metric;
    totals.push(isPercentUnit(unit) ? storedRate(list, name, unit, notes) : periodTotal(list, name, unit, notes));
  }
  const units = new Map<string, string[]>();
  for (const t of totals) units.set(t.name, [...(units.get(t.name) ?? []), t.unit || '（无单位）']);
  for (const [name, list] of units) {
    if (list.length > 1) {
      notes.push({ code: 'metric-unit-mixed', metric: name, message: `指标“${name}”用了不同的单位（${list.join('、')}），已分别合计，请统一单位`, sources: [] });
    }
  }
  return { totals, notes };
}

/** The total of a metric by name; with mixed units, the one most entries use. */
export function findTotal(totals: readonly MetricTotal[], name: string): MetricTotal | undefined {
  return totals.filter((t) => t.name === name).sort((a, b) => b.sources.length - a.sources.length)[0];
}
