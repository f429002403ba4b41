import { z } from 'zod';
import { line, requiredLine } from '../validation/fields';

// A metric on one 台账 entry: (name, value, unit, approximate?). The report sums and quotes these, so a
// value must be a plain number a person could have typed, never NaN, Infinity or text.

export const METRIC_LIMITS = {
  name: 30,
  unit: 10,
  perEntry: 30,
  decimals: 4,
  /** Far above any real count, amount (万元) or rate; keeps toFixed() out of exponent notation. */
  maxValue: 1_000_000_000_000,
} as const;

export interface EntryMetric {
  name: string;
  value: number;
  /** 次, 人次, 份, 件, %, 万元 … ('' when the name says it all). */
  unit: string;
  /** Shown as 余 in the report ("发放资料800余份"). */
  approximate: boolean;
}

function hasAtMostDecimals(value: number): boolean {
  return Number(value.toFixed(METRIC_LIMITS.decimals)) === value;
}

export const metricValue = z
  .number()
  .min(0)
  .max(METRIC_LIMITS.maxValue)
  .refine(hasAtMostDecimals, { message: `最多保留${METRIC_LIMITS.decimals}位小数` });

export const entryMetricInput = z
  .object({
    name: requiredLine(METRIC_LIMITS.name),
    value: metricValue,
    unit: line(METRIC_LIMITS.unit).default(''),
    approximate: z.boolean().default(false),
  })
  .strict();

/** An ordered list; the same name twice in one entry would be counted twice in the report. */
export const entryMetricList = z
  .array(entryMetricInput)
  .max(METRIC_LIMITS.perEntry)
  .superRefine((list, ctx) => {
    const firstAt = new Map<string, number>();
    list.forEach((m, i) => {
      const first = firstAt.get(m.name);
      if (first === undefined) firstAt.set(m.name, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `与第${first + 1}项重名（同一条台账中指标名称不能重复）` });
    });
  });

export type EntryMetricInput = z.input<typeof entryMetricInput>;

/** Labels for the parts of one metric, looked up as `metrics.<part>` when a message names them. */
export const ENTRY_METRIC_PART_LABELS = {
  'metrics.name': '名称',
  'metrics.value': '数值',
  'metrics.unit': '单位',
  'metrics.approximate': '约数',
} as const;

/** The value as the report writes it: 800 → "800", 800 approximate → "800余", 12.5 → "12.5". */
export function metricValueText(m: Pick<EntryMetric, 'value' | 'approximate'>): string {
  return `${String(m.value)}${m.approximate ? '余' : ''}`;
}
