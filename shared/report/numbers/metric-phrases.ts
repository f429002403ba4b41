import type { RateRule } from '../../domain/report-template';
import type { Placeholder } from '../text/placeholders';
import type { MetricTotal } from './metric-totals';
import { findTotal } from './metric-totals';
import { ratePercent } from './number-format';
import { isPercentUnit, phraseQuantity, phraseRate, phraseYearOnYear } from './quantity-phrase';

// Turns metric totals into the words of a sentence. A rate that has a rule (通过率 = 考试通过 / 参考人数)
// is computed from the stored counts when both exist, so the report says 96.67% for 58 of 60 even if
// someone typed 98.3% somewhere; only without the counts is a typed percentage quoted.

export interface MetricContext {
  totals: readonly MetricTotal[];
  /** Last year's totals, for 同比. */
  lastYear: readonly MetricTotal[];
  rates: readonly RateRule[];
}

export interface MetricWords {
  text: string;
  sources: string[];
}

function computedRate(ctx: MetricContext, numerator: string, denominator: string): MetricWords | undefined {
  const num = findTotal(ctx.totals, numerator);
  const den = findTotal(ctx.totals, denominator);
  const percent = num && den ? ratePercent(num.value, den.value) : undefined;
  if (percent === undefined || !num || !den) return undefined;
  return { text: phraseQuantity({ value: percent, unit: '%', approximate: false }), sources: [...new Set([...num.sources, ...den.sources])] };
}

function yearOnYear(ctx: MetricContext, total: MetricTotal): string | undefined {
  const last = ctx.lastYear.find((t) => t.name === total.name && t.unit === total.unit);
  return last && !isPercentUnit(total.unit) ? phraseYearOnYear(total.value, last) : undefined;
}

/** The words for {指标:…} or {比率:…}, or undefined when the year has no such figure. */
export function metricWords(ctx: MetricContext, p: Placeholder): MetricWords | undefined {
  if (p.kind === 'rate') return computedRate(ctx, p.numerator, p.denominator);
  if (p.kind !== 'metric') return undefined;
  const rule = ctx.rates.find((r) => r.name === p.name);
  const fromCounts = rule && computedRate(ctx, rule.numerator, rule.denominator);
  if (fromCounts) return fromCounts;
  const total = findTotal(ctx.totals, p.name);
  if (!total) return undefined;
  const yoy = p.yoy ? yearOnYear(ctx, total) : undefined;
  return { text: `${phraseQuantity(total)}${yoy ? `，${yoy}` : ''}`, sources: total.sources };
}

/**
 * One clause of an automatic totals sentence: "办理案件共48件，同比下降12.5%（上年为55件）", "公示率为100%".
 * `words` is how the report words the metric (its phrase rule: 讲座 → 举办法治讲座), else its name.
 */
export function totalClause(ctx: MetricContext, total: MetricTotal, words = total.name): string {
  if (isPercentUnit(total.unit)) {
    const rule = ctx.rates.find((r) => r.name === total.name);
    const computed = rule && computedRate(ctx, rule.numerator, rule.denominator);
    return `${words}${computed ? `为${computed.text}` : phraseRate(total.value)}`;
  }
  const yoy = yearOnYear(ctx, total);
  return `${words}共${phraseQuantity(total)}${yoy ? `，${yoy}` : ''}`;
}
