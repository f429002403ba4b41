import type { StatsMetric } from '../../../shared/domain/stats';
import type { DrillRequest } from './drill-request';

/** "办理案件（件）", or the name alone when it has no unit. */
export function metricLabel(m: { name: string; unit: string }): string {
  return m.unit ? `${m.name}（${m.unit}）` : m.name;
}

/** 800余 for an approximate total, as the report writes it. */
export function metricFigure(value: number, approximate: boolean): string {
  return `${value}${approximate ? '余' : ''}`;
}

export function metricDrill(m: StatsMetric, year: number, lastYear = false): DrillRequest {
  return {
    title: `${lastYear ? year - 1 : year}年 · 指标：${metricLabel(m)}`,
    year: lastYear ? year - 1 : year,
    drill: m.drill,
    notCounted: lastYear ? [] : m.notCounted,
  };
}

/** The cards show the metrics most entries carry; the table below lists them all. */
export const KEY_METRIC_CARDS = 6;

export function keyMetrics(metrics: readonly StatsMetric[]): StatsMetric[] {
  const top = new Set([...metrics].filter((m) => m.value !== null).sort((a, b) => b.entries - a.entries).slice(0, KEY_METRIC_CARDS));
  return metrics.filter((m) => top.has(m));
}
