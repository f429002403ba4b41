import type { BenchSection } from '../measure';
import { timeRuns } from '../measure';

const RUNS = 60;

/** The list page without search: a year and a category, 50 rows, newest first, with the total. */
export const listEntries: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const categoryIds = (await registry.call('categories.list', {})).map((c) => c.id);
  const year = (i: number) => ctx.years[i % ctx.years.length]!;
  const category = (i: number) => categoryIds[i % categoryIds.length]!;
  return [
    {
      label: '列表一页（年度＋类别，50 条）',
      runs: await timeRuns(RUNS, (i) => registry.call('activities.list', { year: year(i), categoryId: category(i), limit: 50 })),
      targetMs: 30,
    },
    {
      label: '列表一页（日期范围＋科室＋标签，50 条）',
      runs: await timeRuns(RUNS, (i) =>
        registry.call('activities.list', { from: `${year(i)}-03-01`, to: `${year(i)}-06-30`, department: '法规科', tag: '普法', limit: 50 }),
      ),
    },
    {
      label: '列表一页（全部，按标题排序，50 条）',
      runs: await timeRuns(RUNS, () => registry.call('activities.list', { sort: 'title', limit: 50 })),
    },
    {
      label: '列表最后一页（全部，按标题排序）',
      runs: await timeRuns(RUNS, () => registry.call('activities.list', { sort: 'title', limit: 50, offset: ctx.entryCount - 50 })),
    },
  ];
};
