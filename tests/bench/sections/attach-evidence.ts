import { Readable } from 'node:stream';
import { stageUpload } from '../../../electron/attachments/stage-upload';
import type { BenchSection } from '../measure';
import { timeOnce, timeRuns } from '../measure';

/** The scale: 5,000 attachments among the entries; then the queries that read them. */
export const ATTACHMENT_COUNT = 5000;

function samplePdf(i: number): Buffer {
  // Distinct bytes per file, so each one is really stored (no de-duplication shortcut).
  return Buffer.from(`%PDF-1.4\n% 法治台账性能测试 第${i}份签到表\n${'x'.repeat(2000 + (i % 500))}\n%%EOF\n`);
}

export const attachEvidence: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const ids = (await registry.call('activities.list', { limit: 500 })).items.map((a) => a.id);
  const add = async (i: number) => {
    const staged = await stageUpload(ctx.dataDir, Readable.from([samplePdf(i)]), `签到表${i}.pdf`);
    await registry.call('attachments.add', { activityId: ids[i % ids.length]!, stagedId: staged.stagedId, kind: '签到表', fileName: `签到表${i}.pdf` });
  };
  const total = await timeOnce(async () => {
    for (let i = 0; i < ATTACHMENT_COUNT; i++) await add(i);
  });
  const year = ctx.years[ctx.years.length - 1]!;
  const withEvidence = await timeRuns(30, () => registry.call('activities.list', { year, evidence: 'with', limit: 50 }));
  const withoutEvidence = await timeRuns(30, () => registry.call('activities.list', { year, evidence: 'without', limit: 50 }));
  const gaps = await timeRuns(5, () => registry.call('evidence.gaps', { year }));
  return [
    { label: `上传并添加 ${ATTACHMENT_COUNT.toLocaleString('en-US')} 个佐证材料（逐个，含写盘）`, once: total },
    { label: '列表一页：某年有佐证的（50条）', runs: withEvidence, targetMs: 30 },
    { label: '列表一页：某年缺佐证的（50条）', runs: withoutEvidence, targetMs: 30 },
    { label: '佐证检查：某年全部条目', runs: gaps },
  ];
};
