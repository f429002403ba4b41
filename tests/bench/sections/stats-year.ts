import type { BenchSection } from '../measure';
import { timeRuns } from '../measure';

const RUNS = 20;

/** The 统计 page: one year's figures against the year before, and one month's entries behind a bar. */
export const statsYear: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const year = (i: number) => ctx.years[i % ctx.years.length]!;
  return [
    {
      label: `统计一年（stats.year，约 ${Math.round(ctx.entryCount / ctx.years.length)} 条/年）`,
      runs: await timeRuns(RUNS, (i) => registry.call('stats.year', { year: year(i) })),
      targetMs: 500,
    },
    {
      label: '统计：某月柱条的台账（50 条）',
      runs: await timeRuns(RUNS, (i) => registry.call('activities.list', { year: year(i), month: (i % 12) + 1, sort: 'date_asc', limit: 50 })),
      targetMs: 30,
    },
  ];
};
