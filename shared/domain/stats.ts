import { z } from 'zod';
import { year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// The 统计 page's figures for one year against the year before (同比). Every figure carries the
// activities.list filters that list exactly the entries behind it (`drill`), so the page needs no
// knowledge of how a dimension is counted.

export const statsYearInput = z.object({ year }).strict();

export const STATS_FIELD_LABELS: FieldLabels = { year: '年度' };

/** activities.list filters (besides the year) that select the entries behind one figure. */
export interface StatsDrill {
  month?: number;
  /** 'year': the entries dated only to the year, which no month counts (月份不详). */
  datePrecision?: 'year';
  categoryId?: number;
  department?: string;
  withoutDepartment?: true;
  /** The unit entries were merged from (汇总); '' for this unit's own. */
  origin?: string;
  metricName?: string;
  metricUnit?: string;
}

/** 同比: null when last year's figure is 0 or missing, or the figure is a rate (rates are not compared as ratios). */
export interface YearOnYear {
  direction: 'up' | 'down' | 'flat';
  /** The size of the change in percent, at most 2 decimals, never negative. */
  percent: number;
}

export interface StatsCount {
  count: number;
  lastYear: number;
  change: YearOnYear | null;
}

export interface StatsRow extends StatsCount {
  key: string;
  label: string;
  drill: StatsDrill;
}

/** The 月份 row of the entries dated only to the year: counted in the year, in no month. */
export const MONTH_UNKNOWN_KEY = 'unknown';
export const MONTH_UNKNOWN_LABEL = '月份不详';

/** The dimensions entries are counted by. Adding one is a row in electron/store/stats-dimensions.ts. */
export type StatsDimensionKey = 'month' | 'category' | 'department' | 'origin';

export interface StatsDimension {
  key: StatsDimensionKey;
  /** The column heading: 月份, 类别, 承办科室. */
  label: string;
  rows: StatsRow[];
}

export interface StatsMetric {
  name: string;
  unit: string;
  /** Null when only last year has the metric. */
  value: number | null;
  approximate: boolean;
  lastYear: { value: number; approximate: boolean } | null;
  change: YearOnYear | null;
  /** How many of the year's entries make up the total. */
  entries: number;
  /** Entries carrying the metric whose figure is not added, because a period total already covers it. */
  notCounted: string[];
  drill: StatsDrill;
}

export interface StatsYearView {
  year: number;
  /** Live entries dated in the year (an entry spanning months counts once, in its start month). */
  total: StatsCount;
  /** The sum of 参加人数 over the year's entries. */
  participants: StatsCount;
  dimensions: StatsDimension[];
  metrics: StatsMetric[];
  /** Why a metric total may not be what a plain sum gives (the report's notes, word for word). */
  notes: string[];
}

export interface StatsExport {
  exportId: string;
  fileName: string;
}
