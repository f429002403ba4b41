import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { writeNewFile } from '../../../electron/files/write-new-file';
import type { OpenApp } from '../../../electron/open-app';
import { openApp } from '../../../electron/open-app';
import { syncSearchIndex } from '../../../electron/store/activity-search';
import type { ActivityFields } from '../../../electron/store/activity-store';
import { insertActivity } from '../../../electron/store/activity-store';
import { DEFAULT_METRICS } from '../../../shared/domain/metric-defaults';
import type { ReportDocument } from '../../../shared/report/report-document';
import type { BenchSection, Figure } from '../measure';
import { timeRuns } from '../measure';
import { sampleEntries } from '../sample-entries';
import { entryFields } from './seed-entries';

// 一键年报: a year of 500 and of 20,000 entries assembled (report.assemble) and written as .docx
// (report.export), as 生成报告 then 下载 do. Each size gets its own data folder holding that year
// and a tenth as many entries the year before (for 同比), so the section can run alone:
// `npm run bench -- report`. The baseline writes the same paragraphs straight through the docx
// library (no styles, no patches), so the ratio shows what our own assembly and 公文 layout cost.

const YEAR = 2024;
const SIZES = [
  { entries: 500, targetMs: 200, runs: 20 },
  { entries: 20_000, targetMs: 2000, runs: 5 },
] as const;

/** Integers that look like a log's: mostly small, now and then large. */
function amount(i: number): number {
  return i % 17 === 0 ? 100 + (i % 900) : 1 + (i % 60);
}

/** A sample entry with the metrics its category usually carries, and 主要负责人 taking part now and then. */
function withMetricsAndLeader(base: ActivityFields, categoryKey: string, i: number): ActivityFields {
  const defaults = (DEFAULT_METRICS[categoryKey] ?? []).filter((m) => m.kind !== 'rate');
  const picked = defaults.length ? [defaults[i % defaults.length]!, ...(i % 3 === 0 ? [defaults[(i + 1) % defaults.length]!] : [])] : [];
  const metrics = [
    ...picked.map((m, j) => ({ name: m.name, value: amount(i + j), unit: m.unit, approximate: i % 23 === 0 })),
    ...base.metrics,
  ];
  const leaderRole = categoryKey === 'first-duty' && i % 4 === 0 ? '述法' : i % 11 === 0 ? '主持' : i % 7 === 0 ? '参加' : '';
  // One value per metric name in an entry.
  return { ...base, metrics: [...new Map(metrics.map((m) => [m.name, m])).values()].slice(0, 3), leaderRole };
}

async function seedYear(app: OpenApp, count: number): Promise<void> {
  const { db } = app.ctx;
  const categories = await app.registry.call('categories.list', {});
  const ids = categories.map((c) => c.id);
  const now = new Date().toISOString();
  const entries = [...sampleEntries(count, [YEAR], 7), ...sampleEntries(Math.ceil(count / 10), [YEAR - 1], 8)];
  db.transaction(() => {
    entries.forEach((e, i) => {
      const category = categories[e.categoryIndex % categories.length]!;
      insertActivity(db, randomUUID(), withMetricsAndLeader(entryFields(e, ids), category.key ?? '', i), now);
    });
    syncSearchIndex(db);
  })();
  await app.registry.call('unit.update', { name: '某某县司法局', leaderName: '王建国', leaderTitle: '局长' });
  await app.registry.call('report.narrative.set', {
    year: YEAR,
    problems: ['执法力量与任务不相适应。', '普法宣传针对性有待增强。'],
    plans: ['深入学习贯彻习近平法治思想。', '严格规范公正文明执法。'],
  });
}

/** The same paragraphs as our report, written straight through the docx library. */
async function baselineDocx(doc: ReportDocument, file: string): Promise<void> {
  const paragraphs = [
    new Paragraph({ children: [new TextRun(doc.title)] }),
    ...doc.blocks.map(
      (b) => new Paragraph({ children: b.kind === 'paragraph' ? b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold })) : [new TextRun(`${b.number}${b.text}`)] }),
    ),
    new Paragraph({ children: [new TextRun(doc.signature.unit)] }),
    new Paragraph({ children: [new TextRun(doc.signature.date)] }),
  ];
  await writeNewFile(file, Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }))));
}

async function measureSize(size: (typeof SIZES)[number]): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-report-'));
  let app = openApp({ dataDir, shell: 'cli', log: (op, err) => console.error(op, err) });
  try {
    await seedYear(app, size.entries);
    app.close();
    app = openApp({ dataDir, shell: 'cli', log: (op, err) => console.error(op, err) });
    const registry = app.registry;
    const templateId = (await registry.call('report.templates.list', {}))[0]!.id;
    const files = path.join(dataDir, 'baseline');
    fs.mkdirSync(files);

    const assembleMs: number[] = [];
    const exportMs: number[] = [];
    const both = await timeRuns(size.runs, async () => {
      const t0 = performance.now();
      await registry.call('report.assemble', { year: YEAR, templateId });
      const t1 = performance.now();
      await registry.call('report.export', { year: YEAR });
      const t2 = performance.now();
      assembleMs.push(t1 - t0);
      exportMs.push(t2 - t1);
    });
    const view = await registry.call('report.draft.get', { year: YEAR });
    const doc = view!.document;
    const baseline = await timeRuns(size.runs, (i) => baselineDocx(doc, path.join(files, `${i}-${randomUUID()}.docx`)));
    // The split of the timed runs (timeRuns' warm-up runs come first and are left out).
    const median = (all: number[]) => all.slice(-size.runs).sort((a, b) => a - b)[Math.floor(size.runs / 2)]!;
    const n = size.entries.toLocaleString('en-US');
    return [
      { label: `年报：${n} 条的年度生成并写出 .docx（${doc.blocks.length} 段）`, runs: both, targetMs: size.targetMs },
      { label: `  其中生成 / 写出 .docx（中位数）：${median(assembleMs).toFixed(0)} / ${median(exportMs).toFixed(0)} ms` },
      { label: '  对照：同样段落直接用 docx 库写出', runs: baseline },
      { label: `  本程序合计是对照的 ${(both.p50 / baseline.p50).toFixed(1)} 倍（p50 之比）` },
    ];
  } finally {
    app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs on its own data folders, whatever the sections before it left. */
export const reportDocx: BenchSection = async () => {
  const figures: Figure[] = [];
  for (const size of SIZES) figures.push(...(await measureSize(size)));
  return figures;
};
