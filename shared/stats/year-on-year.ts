import type { YearOnYear } from '../domain/stats';
import { formatPercent } from '../report/numbers/number-format';
import { isPercentUnit } from '../report/numbers/quantity-phrase';

// 同比 by the report's rule (shared/report/numbers/quantity-phrase.ts phraseYearOnYear): only against
// a last-year figure above 0, never for a rate, and a change that rounds to 0.00% is 持平.

export function yearOnYear(current: number, last: number | null | undefined, unit = ''): YearOnYear | null {
  if (last === null || last === undefined || !(last > 0) || isPercentUnit(unit)) return null;
  const change = ((current - last) / last) * 100;
  const percent = Number(formatPercent(Math.abs(change)));
  if (percent === 0) return { direction: 'flat', percent: 0 };
  return { direction: change > 0 ? 'up' : 'down', percent };
}

/** "同比上升12.5%", "同比下降3%", "与上年持平"; '' when there is nothing to compare with. */
export function yearOnYearText(change: YearOnYear | null): string {
  if (!change) return '';
  if (change.direction === 'flat') return '与上年持平';
  return `同比${change.direction === 'up' ? '上升' : '下降'}${change.percent}%`;
}
