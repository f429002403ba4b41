import type { EChartsCoreOption } from 'echarts/core';

// One chart's option: the chosen year's bars against last year's, in the app's theme colours.

export interface BarTheme {
  current: string;
  last: string;
  text: string;
  secondaryText: string;
  split: string;
  fontFamily: string;
}

export interface BarData {
  year: number;
  labels: string[];
  current: number[];
  last: number[];
  /** Categories down the side (long names), instead of along the bottom. */
  horizontal: boolean;
}

/**
 * The month chart's plot area in pixels, fixed (labels never push it), so a click on a month can be
 * aimed from outside (tests/e2e/stats.spec.ts).
 */
export const MONTH_GRID = { left: 48, right: 16, top: 44, bottom: 28 } as const;

export function barOption(d: BarData, t: BarTheme): EChartsCoreOption {
  const valueAxis = { type: 'value', minInterval: 1, axisLabel: { color: t.secondaryText }, splitLine: { lineStyle: { color: t.split } } };
  const categoryAxis = {
    type: 'category',
    data: d.labels,
    inverse: d.horizontal,
    axisTick: { alignWithLabel: true },
    axisLabel: { color: t.text, ...(d.horizontal ? { width: 140, overflow: 'truncate' } : { interval: 0 }) },
  };
  const series = (name: string, data: number[], color: string, labelled: boolean) => ({
    name,
    type: 'bar',
    data,
    itemStyle: { color, borderRadius: d.horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
    barMaxWidth: 28,
    label: { show: labelled, position: d.horizontal ? 'right' : 'top', color: t.text, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
  });
  return {
    textStyle: { fontFamily: t.fontFamily },
    animationDuration: 300,
    legend: { top: 8, right: 8, itemWidth: 14, itemHeight: 10, textStyle: { color: t.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => `${String(v)}条` },
    grid: d.horizontal ? { left: 8, right: 40, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } : { ...MONTH_GRID, outerBoundsMode: 'none' },
    xAxis: d.horizontal ? valueAxis : categoryAxis,
    yAxis: d.horizontal ? categoryAxis : valueAxis,
    series: [series(`${d.year}年`, d.current, t.current, true), series(`${d.year - 1}年`, d.last, t.last, false)],
  };
}
