import type { StatsCount, StatsYearView, YearOnYear } from '../domain/stats';
import { monthUnknownNote } from './month-unknown';

// The 统计 figures as tables: one per sheet of the .xlsx export. Pure, so the layout is tested
// without a file. Numbers stay numbers; a 同比 that cannot be computed is an empty cell, not 0.

export type StatsCell = string | number | null;

export interface StatsSheet {
  name: string;
  /** The title row: unit, year, what is counted and in what unit. */
  title: string;
  columns: string[];
  rows: StatsCell[][];
  /** Lines under the table. */
  notes: string[];
}

/** Signed percent (−12.5 for 同比下降12.5%), or null. */
export function signedChange(change: YearOnYear | null): number | null {
  if (!change) return null;
  return change.direction === 'down' ? -change.percent : change.percent;
}

const CHANGE_COLUMN = '同比增减（%）';
const SPAN_NOTE = '跨月的活动只计入开始日期所在的月份（日期只写到月份的，计入所写的第一个月份）；回收站中的台账不计入。';

function countRow(label: string, c: StatsCount): StatsCell[] {
  return [label, c.count, c.lastYear, signedChange(c.change)];
}

export function statsSheets(view: StatsYearView, unitName: string): StatsSheet[] {
  const { year } = view;
  const years = [`${year}年`, `${year - 1}年`];
  const titled = (what: string, unit: string) => `${unitName}${year}年法治工作统计——${what}（${unit}）`;
  const summary: StatsSheet = {
    name: '概况',
    title: titled('概况', '与上年同比'),
    columns: ['项目', '单位', ...years, CHANGE_COLUMN],
    rows: [
      ['台账条数（活动总数）', '条', view.total.count, view.total.lastYear, signedChange(view.total.change)],
      ['参加人数合计', '人次', view.participants.count, view.participants.lastYear, signedChange(view.participants.change)],
    ],
    notes: [SPAN_NOTE, '参加人数合计为各条台账“参加人数”之和。'],
  };
  const dimensions = view.dimensions.map<StatsSheet>((d) => ({
    name: `按${d.label}`,
    title: titled(`按${d.label}统计台账条数`, '单位：条'),
    columns: [d.label, ...years, CHANGE_COLUMN],
    rows: [...d.rows.map((r) => countRow(r.label, r)), countRow('合计', view.total)],
    notes: [SPAN_NOTE, ...(d.key === 'month' ? [monthUnknownNote(year, d)].filter((n) => n !== null) : [])],
  }));
  const metrics: StatsSheet = {
    name: '指标合计',
    title: titled('指标合计', '数值单位见“单位”列'),
    columns: ['指标', '单位', ...years, CHANGE_COLUMN, '计入的台账（条）'],
    rows: view.metrics.map((m) => [m.name, m.unit, m.value, m.lastYear?.value ?? null, signedChange(m.change), m.entries]),
    notes: [
      '指标按年报的规则合计：同一指标有年度汇总的采用年度汇总，有季度、月度汇总的采用期间汇总，单次记录不重复计入；比率（%）不相加，也不计算同比。',
      ...view.notes,
    ],
  };
  return [summary, ...dimensions, metrics];
}
