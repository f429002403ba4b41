import type { MetricRow } from './activity-form-values';

// A template asks for some numbers twice: in its sentence ({资料份数}) and as a metric (发放资料 份).
// Typing the number once into the 填空 box fills both, so the report's sentence and its totals agree.

const COUNT_SUFFIX = /(份数|人数|人次|件数|条数|次数|期数|个数|数)$/;

/** The metric row a slot's number belongs to: 资料份数 → 发放资料, 咨询人次 → 接待咨询, 出庭应诉率 → 出庭应诉率. */
export function linkedMetricIndex(slot: string, rows: readonly MetricRow[]): number {
  const core = slot.replace(COUNT_SUFFIX, '');
  if (core.length < 2) return -1;
  return rows.findIndex((r) => {
    const name = r.name?.trim() ?? '';
    return name !== '' && (name === slot || name.includes(core) || core.includes(name));
  });
}

/** "500" → 500, "800余" → 800 approximate; anything else is not a number to copy. */
export function slotNumber(text: string): { value: number; approximate: boolean } | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(余)?\s*$/.exec(text);
  return m ? { value: Number(m[1]), approximate: m[2] !== undefined } : null;
}
