import type { BenchSection } from '../measure';
import { timeRuns } from '../measure';

/** Adding one entry through the registry, as the form does: validation, write, history, read back. */
export const addEntry: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const categoryIds = (await registry.call('categories.list', {})).map((c) => c.id);
  const runs = await timeRuns(100, (i) =>
    registry.call('activities.create', {
      date: `${ctx.years[i % ctx.years.length]!}-12-04`,
      categoryId: categoryIds[i % categoryIds.length]!,
      title: `国家宪法日集中宣传活动（第${i + 1}场）`,
      summary: '在文化广场开展国家宪法日集中宣传，发放宣传资料并接受群众法律咨询。',
      details: '设置咨询台3个，发放《宪法》单行本及宣传折页，现场解答群众法律问题。',
      department: '宣传科',
      participantCount: 120,
      location: '文化广场',
      tags: ['宪法日', '普法'],
      metrics: [{ name: '发放宣传材料', value: 500, unit: '份', approximate: false }],
    }),
  );
  // What any committed write costs here: synchronous=FULL waits for the disk at every commit.
  const { db } = ctx.app.ctx;
  db.exec('CREATE TABLE IF NOT EXISTS bench_commit_probe (n INTEGER) STRICT');
  const probe = db.prepare('INSERT INTO bench_commit_probe (n) VALUES (?)');
  const commit = await timeRuns(100, (i) => db.transaction(() => probe.run(i))());
  return [
    { label: '新增一条（activities.create）', runs, targetMs: 5 },
    { label: '  对照：提交一行最小的写入（磁盘同步）', runs: commit },
  ];
};
