import { formatDecimal, formatPercent } from './number-format';

// How a figure is written in the report (§7 of the reference):
// - number then 量词, no space: 500份, 38件, 73家次;
// - 余 only when the user marked a contributing value approximate: 800余册, 8万余份;
// - 万 for large numbers: 26000条 → 2.6万条, 125000元 → 12.5万元; never for a unit that already
//   counts in 万 (12.5万元, 2.6万条 stay), and only where 万 loses nothing (12345条 stays 12345条),
//   except for an approximate figure, which is rounded down (12345余 → 1.2万余);
// - percentages: at most 2 decimals, half-width %: 96.67%.

export interface Quantity {
  value: number;
  unit: string;
  approximate: boolean;
}

export const WAN = 10_000;

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '％';
}

export function phraseQuantity(q: Quantity): string {
  if (isPercentUnit(q.unit)) return `${formatPercent(q.value)}%`;
  const countsInWan = q.unit.startsWith('万');
  if (!countsInWan && q.value >= WAN) {
    if (q.approximate) return `${formatDecimal(Math.floor(q.value / 1000) / 10, 1)}万余${q.unit}`;
    if (q.value % 100 === 0) return `${formatDecimal(q.value / WAN, 2)}万${q.unit}`;
  }
  return `${formatDecimal(q.value, 4)}${q.approximate ? '余' : ''}${q.unit}`;
}

/** "为96.67%" — the verb officials put before a rate. */
export function phraseRate(percent: number): string {
  return `为${formatPercent(percent)}%`;
}

/**
 * 同比 against last year's figure: "同比下降12.5%（上年为8件）", "与上年持平（上年为8件）".
 * Undefined when last year's figure is 0 (no percentage can be computed).
 */
export function phraseYearOnYear(current: number, last: Quantity): string | undefined {
  if (!(last.value > 0)) return undefined;
  const change = ((current - last.value) / last.value) * 100;
  const lastText = `（上年为${phraseQuantity(last)}）`;
  if (formatPercent(Math.abs(change)) === '0') return `与上年持平${lastText}`;
  return `同比${change > 0 ? '上升' : '下降'}${formatPercent(Math.abs(change))}%${lastText}`;
}
