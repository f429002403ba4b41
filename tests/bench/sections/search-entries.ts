import type { BenchSection } from '../measure';
import { timeRuns } from '../measure';
import { VOCABULARY } from '../sample-entries';

const RUNS = 60;
const SEARCH_TARGET_MS = 50;

/** `count` different terms of `length` CJK characters, cut from the phrases the entries are made of. */
export function searchTerms(length: number, count: number): string[] {
  const found = new Set<string>();
  for (const phrase of VOCABULARY) {
    const chars = [...phrase].filter((c) => /\p{Script=Han}/u.test(c));
    for (let i = 0; i + length <= chars.length; i++) found.add(chars.slice(i, i + length).join(''));
  }
  const all = [...found];
  if (all.length < count) throw new Error(`词表中只有 ${all.length} 个 ${length} 字的词`);
  // Spread over the whole list, so common and rare terms both appear.
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
}

/** Search as the list page does it: one page of 50, newest first, with the total. */
export const searchEntries: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const figures = [];
  for (const length of [1, 2, 4]) {
    const terms = searchTerms(length, RUNS);
    const runs = await timeRuns(RUNS, (i) => registry.call('activities.list', { text: terms[i % RUNS]!, limit: 50 }));
    figures.push({ label: `检索 ${length} 字词（每次一个不同的词）`, runs, targetMs: SEARCH_TARGET_MS });
  }
  const words = searchTerms(2, RUNS);
  figures.push({
    label: '检索 2 字词＋年度，按相关度',
    runs: await timeRuns(RUNS, (i) => registry.call('activities.list', { text: words[i]!, year: ctx.years[i % ctx.years.length]!, sort: 'relevance', limit: 50 })),
  });
  // The worst case: a character in nearly every entry, so the whole index is counted and sorted.
  const common = await registry.call('activities.list', { text: '法', limit: 1 });
  figures.push({
    label: `检索“法”（命中 ${common.total.toLocaleString('en-US')} 条）`,
    runs: await timeRuns(RUNS, () => registry.call('activities.list', { text: '法', limit: 50 })),
    targetMs: SEARCH_TARGET_MS,
  });
  return figures;
};
