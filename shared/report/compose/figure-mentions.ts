import type { EntryMetric } from '../../domain/metric';
import { formatDecimal } from '../numbers/number-format';
import { phraseQuantity } from '../numbers/quantity-phrase';

// Whether a written summary already gives a figure, so that a figure is added to it only when missing.
// A number counts as given when it stands alone (not part of 2023 or 1.5) with its unit after it,
// written either way the report writes it (2.5万元 or 25000元, 800余份).

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function standsAlone(text: string, number: string, unit: string): boolean {
  // Most summaries do not hold the number at all: no pattern need be built for them.
  if (!text.includes(number)) return false;
  const pattern = new RegExp(`(?<![\\d.])${escape(number)}(?![\\d.])余?${escape(unit)}`);
  return pattern.test(text);
}

export function mentionsMetric(text: string, metric: EntryMetric): boolean {
  if (text.includes(phraseQuantity(metric))) return true;
  const unit = metric.unit === '％' ? '%' : metric.unit;
  return standsAlone(text.replace(/％/g, '%'), formatDecimal(metric.value, 4), unit);
}

export function mentionsCount(text: string, count: number): boolean {
  return new RegExp(`(?<![\\d.])${count}(?![\\d.])余?[人名]`).test(text);
}
