import type { ReportEntry } from './assembly-input';
import type { PhraseLookup } from '../compose/phrase-lookup';
import type { MetricTotal } from '../numbers/metric-totals';
import { isPercentUnit, phraseQuantity, phraseYearOnYear } from '../numbers/quantity-phrase';

// The totals clause a subsection's single events give, in the reports' words: how many events of the
// kind the category counts ("共开展普法宣传活动3次，同比上升50%（上年为2次）") and the sum of each figure two or more of them
// share ("累计发放宣传资料3100份、接待群众咨询200人次"). A figure only one event has is already in that
// event's sentence; a period counter's figure is the counters' clause (never added to its events);
// rates are never added; a figure the template's own sentences speak of is left to them.

export interface TallySource {
  /** The subsection's single events (period ''), including those the leader took part in. */
  events: readonly ReportEntry[];
  /** The subsection's totals (computeTotals of all its entries). */
  totals: readonly MetricTotal[];
  /** The category keys or names the subsection takes: the first with a count noun names the count. */
  categories: readonly string[];
  /** Metric names the template's sentences already speak of, and the period counters' names. */
  spoken: ReadonlySet<string>;
  /** The subsection's events last year, for 同比; undefined when not known. */
  lastYearCount: number | undefined;
  /** Last year's totals, for the sums' 同比. */
  lastYearTotals: readonly MetricTotal[];
  lookup: PhraseLookup;
  /** The event's action as its sentence words it: what the count noun is matched against. */
  actionOf: (entry: ReportEntry) => string;
}

export interface TallyClause {
  text: string;
  sources: string[];
  /** For the count clause: the words that name the events, so a template sentence already naming them keeps the count its own. */
  countNoun?: string;
}

/** Fewer events than this say nothing a list of them does not. */
export const TALLY_MIN_EVENTS = 2;

/**
 * The words an event must name to be one of the count: each part's head ("执法检查和专项行动" → 检查,
 * 行动) and the category's event word ("宣传活动" → 宣传). A 培训 is not an 执法检查, and a report
 * that counts it as one says what did not happen.
 */
function countHeads(countNoun: string, suffix: string): string[] {
  const parts = countNoun.split(/[和、及与]/u).map((p) => p.slice(-2));
  // Only an event word names a kind: "……宣传活动" → 宣传; "执法工作" → 执法 would take in a 执法人员培训.
  const fromSuffix = suffix.length >= 4 && suffix.endsWith('活动') ? [suffix.slice(0, 2)] : [];
  return [...new Set([...parts, ...fromSuffix])].filter((h) => h.length === 2);
}

function countClause(source: TallySource): TallyClause | undefined {
  const rule = source.lookup.category(source.categories);
  if (!rule?.countNoun) return undefined;
  const heads = countHeads(rule.countNoun, rule.suffix);
  const counted = source.events.filter((e) => {
    const action = source.actionOf(e);
    return heads.some((h) => action.includes(h));
  });
  const count = counted.length;
  if (count < TALLY_MIN_EVENTS) return undefined;
  const unit = rule.countUnit || '次';
  const last = source.lastYearCount;
  const yoy = last !== undefined ? phraseYearOnYear(count, { value: last, unit, approximate: false }) : undefined;
  return {
    text: `共${rule.verb || '开展'}${rule.countNoun}${count}${unit}${yoy ? `，${yoy}` : ''}`,
    sources: counted.map((e) => e.id),
    countNoun: rule.countNoun,
  };
}

function shared(source: TallySource): MetricTotal[] {
  const seen = new Map<string, number>();
  for (const e of source.events) {
    for (const key of new Set(e.metrics.filter((m) => m.value !== 0).map((m) => `${m.name}\u0000${m.unit}`))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return source.totals.filter((t) => !isPercentUnit(t.unit) && !source.spoken.has(t.name) && (seen.get(`${t.name}\u0000${t.unit}`) ?? 0) >= TALLY_MIN_EVENTS);
}

function sumsClause(source: TallySource, sums: readonly MetricTotal[]): TallyClause | undefined {
  if (!sums.length) return undefined;
  const words = sums.map((t) => {
    const last = source.lastYearTotals.find((l) => l.name === t.name && l.unit === t.unit);
    const yoy = last ? phraseYearOnYear(t.value, last) : undefined;
    return `${source.lookup.metric(t.name)?.words || t.name}${phraseQuantity(t)}${yoy ? `，${yoy}` : ''}`;
  });
  const separator = words.some((w) => /[、，]/.test(w)) ? '，' : '、';
  return { text: `累计${words.join(separator)}`, sources: [...new Set(sums.flatMap((t) => t.sources))] };
}

/** The count clause first, then the sums; empty with fewer than two events. */
export function eventsTally(source: TallySource): TallyClause[] {
  if (source.events.length < TALLY_MIN_EVENTS) return [];
  return [countClause(source), sumsClause(source, shared(source))].filter((c): c is TallyClause => c !== undefined);
}
