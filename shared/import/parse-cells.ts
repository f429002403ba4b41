// Cell parsers for the spreadsheet import. Each returns a value or a Chinese reason; the caller adds
// the row number and column name.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Counts are whole, non-negative numbers; 1,200 and 1200人 are accepted. */
export function parseCount(raw: string): Parsed<number | null> {
  const s = raw.trim().replace(/[,，]/g, '').replace(/人$/, '');
  if (s === '') return ok(null);
  if (!/^\d+$/.test(s)) return fail(`“${raw}”不是整数`);
  return ok(Number(s));
}

export function splitTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[；;、,，]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export interface ParsedMetric {
  name: string;
  value: number;
  unit: string;
  approximate: boolean;
}

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(余)?(.*)$/;

/** "500份", "800余册", "12.5万元", "100%" → value, approximate, unit. */
export function parseMetricValue(raw: string): Parsed<{ value: number; approximate: boolean; unit: string }> {
  const s = raw.trim().replace(/[,，]/g, '');
  const m = NUMBER_WITH_UNIT.exec(s);
  if (!m) return fail(`“${raw}”不是数字`);
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return fail(`“${raw}”不是有效的数字`);
  return ok({ value, approximate: m[2] === '余', unit: (m[3] ?? '').trim() });
}

/** `发放宣传材料=500份;接待咨询=200人次` (pairs separated by ；or ;). */
export function parseMetricsCell(raw: string): Parsed<ParsedMetric[]> {
  const metrics: ParsedMetric[] = [];
  for (const part of raw.split(/[；;]/).map((p) => p.trim()).filter(Boolean)) {
    const eq = part.search(/[=＝]/);
    if (eq <= 0) return fail(`“${part}”应写成“名称=数值单位”，例如 发放宣传材料=500份`);
    const name = part.slice(0, eq).trim();
    const parsed = parseMetricValue(part.slice(eq + 1));
    if (!parsed.ok) return fail(`指标“${name}”的${parsed.reason}`);
    if (metrics.some((x) => x.name === name)) return fail(`指标“${name}”出现了两次`);
    metrics.push({ name, ...parsed.value });
  }
  return ok(metrics);
}
