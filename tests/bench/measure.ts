import type { OpenApp } from '../../electron/open-app';

/** What every benchmark section gets: the real app on a temp data folder, already filled by the sections before it. */
export interface BenchContext {
  /** Replaced by `reopen`: read it afresh, do not keep it. */
  app: OpenApp;
  /** Closes and reopens the data folder, as a restart of the app would (planner statistics are refreshed on opening). */
  reopen(): void;
  dataDir: string;
  /** How many entries the seed section writes (50,000 unless given on the command line). */
  entryCount: number;
  years: readonly number[];
}

/** One line of the printed table. Times are milliseconds. */
export interface Figure {
  label: string;
  /** Repeated runs: the median and the 95th percentile. */
  runs?: { count: number; p50: number; p95: number };
  /** A single duration (bulk work). */
  once?: number;
  /** The target: p95 (or the single duration) must be below this. */
  targetMs?: number;
  /** A check that is no time (nothing lost, say): passed or not. */
  ok?: boolean;
}

/** A part of the benchmark. Add a new one to SECTIONS in bench.ts; each runs after the ones before it. */
export type BenchSection = (ctx: BenchContext) => Promise<Figure[]>;

/** The value below which `p` of the (ascending) values lie, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Runs `fn` `count` times (after a few unmeasured warm-up runs) and returns p50/p95 in ms. */
export async function timeRuns(count: number, fn: (i: number) => unknown): Promise<{ count: number; p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { count, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Pass (true), miss (false), or no target (null). */
export function meetsTarget(f: Figure): boolean | null {
  if (f.ok !== undefined && !f.ok) return false;
  if (f.targetMs === undefined) return f.ok ?? null;
  const value = f.runs ? f.runs.p95 : f.once;
  return value !== undefined && value < f.targetMs;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(2)} ms`;
}

/** Terminal columns: CJK characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function formatTable(figures: readonly Figure[]): string {
  const head = ['项目', '次数', 'p50', 'p95 / 用时', '目标', '结果'];
  const rows = figures.map((f) => {
    const ok = meetsTarget(f);
    return [
      f.label,
      f.runs ? String(f.runs.count) : f.once !== undefined ? '1' : '',
      f.runs ? ms(f.runs.p50) : '—',
      f.runs ? ms(f.runs.p95) : f.once !== undefined ? ms(f.once) : '—',
      f.targetMs === undefined ? '—' : `${f.runs ? 'p95 ' : ''}< ${f.targetMs} ms`,
      ok === null ? '—' : ok ? '✓' : '✗',
    ];
  });
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  return [head, ...rows].map((r) => r.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd()).join('\n');
}
