import type { StatsDimension } from '../domain/stats';
import { MONTH_UNKNOWN_KEY, MONTH_UNKNOWN_LABEL } from '../domain/stats';

// Said wherever the 月份 figures are shown (chart, table, Excel), so that a reader adding up the
// twelve months and finding fewer than the year's total knows where the rest are.

/** "2025年有3条、2024年有1条台账的日期只写了年份……", or null when neither year has such an entry. */
export function monthUnknownNote(year: number, months: StatsDimension | undefined): string | null {
  const row = months?.rows.find((r) => r.key === MONTH_UNKNOWN_KEY);
  if (!row || (row.count === 0 && row.lastYear === 0)) return null;
  const parts = [
    ...(row.count > 0 ? [`${year}年有${row.count}条`] : []),
    ...(row.lastYear > 0 ? [`${year - 1}年有${row.lastYear}条`] : []),
  ];
  return `${parts.join('、')}台账的日期只写了年份，单列为“${MONTH_UNKNOWN_LABEL}”，未计入各月。`;
}
