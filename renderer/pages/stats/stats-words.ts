import type { StatsDimensionKey } from '../../../shared/domain/stats';
import { MONTH_UNKNOWN_LABEL } from '../../../shared/domain/stats';

/** How a figure's entries are titled in the drawer: 2024年3月, 2024年 · 行政执法, 2024年 · 月份不详. */
export function drillTitleFor(key: StatsDimensionKey): (year: number, label: string) => string {
  return key === 'month' ? (year, label) => (label === MONTH_UNKNOWN_LABEL ? `${year}年 · ${label}` : `${year}年${label}`) : (year, label) => `${year}年 · ${label}`;
}

export function statsYearChoices(now: Date = new Date()): number[] {
  const y = now.getFullYear();
  return Array.from({ length: 8 }, (_, i) => y - i);
}

export const STATS_HELP =
  '按台账的日期统计：跨月的活动只计入开始日期所在的月份（与台账按年度筛选一致），日期只写到月份的计入所写的第一个月份，只写了年份的计入全年合计、单列为“月份不详”；回收站中的台账不计入。指标按年报的规则合计：有月度、季度、年度汇总的，采用汇总数，单次记录不重复计入；比率（%）不相加，也不计算同比。年度未结束时，本年数字截至今天，而上年是全年，逐月比较请看“按月份”。点击任一数字或柱条，可查看它包含的台账。';
