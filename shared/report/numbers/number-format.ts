// Plain numerals as officials write them: Arabic digits, no thousands separators, no trailing zeros.

/** 96.6666 → "96.67" (2 decimals), 100 → "100", 12.5 → "12.5". Rounds half up, decimally (1.005 → 1.01). */
export function formatDecimal(value: number, maxDecimals: number): string {
  const abs = Math.abs(value);
  // Shifting by the exponent in the string avoids binary rounding: 1.005 * 100 is 100.49999….
  const rounded = abs < 1e-6 ? 0 : Number(`${Math.round(Number(`${abs}e${maxDecimals}`))}e-${maxDecimals}`);
  let text = rounded.toFixed(maxDecimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/** A percentage with at most 2 decimals (§7): 58 of 60 → "96.67". */
export function formatPercent(value: number): string {
  return formatDecimal(value, 2);
}

/** num / den as a percentage, or undefined when there is no denominator. */
export function ratePercent(numerator: number, denominator: number): number | undefined {
  if (!(denominator > 0)) return undefined;
  return (numerator / denominator) * 100;
}
