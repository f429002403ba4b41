import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../electron/spreadsheet/export-files';
import type { InputOf } from '../../shared/contract/operations';
import { attachEvidence } from '../helpers/attach-evidence';
import { signedIn } from '../helpers/review-callers';
import { openTempApp } from '../helpers/temp-app';

// An entry an old 台账 dates only “2025年7月” is stored from 7月1日. Wherever the checkup, the 佐证检查,
// the review queue or the evidence package names it, it must be 2025年7月, never the invented 1st.

type CreateInput = InputOf<'activities.create'>;

const july: CreateInput = { date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month', categoryId: 1, title: '集中学法' };
const autumn: CreateInput = { date: '2025-10-01', endDate: '2025-11-30', datePrecision: 'month', categoryId: 1, title: '法治专题讲座' };

function openApp() {
  return openTempApp(undefined, () => '2026-01-10T02:00:00.000Z');
}

describe('entries dated only to the month', () => {
  it('reach evidence.gaps with their precision, and 年报体检 names them as written', async () => {
    const app = openApp();
    const r = app.registry;
    const a = await r.call('activities.create', july);
    await attachEvidence(app, a.id, '照片');
    const b = await r.call('activities.create', autumn);
    const day = await r.call('activities.create', { date: '2025-06-20', categoryId: 1, title: '宪法专题培训' });

    const gaps = await r.call('evidence.gaps', { year: 2025 });
    expect(gaps.map((g) => [g.activityId, g.date, g.datePrecision, g.endDate])).toEqual([
      [day.id, '2025-06-20', 'day', null],
      [a.id, '2025-07-01', 'month', '2025-07-31'],
      [b.id, '2025-10-01', 'month', '2025-11-30'],
    ]);

    const texts = (await r.call('report.readiness', { year: 2025 })).findings.filter((f) => f.code === 'evidence-missing').map((f) => f.text);
    expect(texts).toEqual([
      '“宪法专题培训”（2025年6月20日）缺少签到表、照片（学法、讲座、培训通常需要）',
      '“集中学法”（2025年7月）缺少签到表（学法、讲座、培训通常需要）',
      '“法治专题讲座”（2025年10月至11月）缺少签到表、照片（学法、讲座、培训通常需要）',
    ]);
  });

  it('are linked to a plan item with their precision and end', async () => {
    const app = openApp();
    const r = app.registry;
    await r.call('report.narrative.set', { year: 2024, problems: [], plans: ['坚持集体学法。'] });
    const [item] = await r.call('plans.items.list', { year: 2025 });
    const a = await r.call('activities.create', july);
    const linked = await r.call('plans.items.link', { itemId: item!.id, activityId: a.id });
    expect(linked.entries).toEqual([{ id: a.id, date: '2025-07-01', datePrecision: 'month', endDate: '2025-07-31', title: '集中学法' }]);
    expect((await r.call('plans.items.list', { year: 2025 }))[0]!.entries[0]).toMatchObject({ datePrecision: 'month', endDate: '2025-07-31' });
  });

  it('wait in the review queue with their precision and end', async () => {
    const app = openApp();
    const clerk = await signedIn(app, 'zhangsan', '张三', 'entry', '办公室');
    const reviewer = await signedIn(app, 'lisi', '李四', 'reviewer', '法制科');
    const a = await clerk.registry.call('activities.create', autumn);
    await clerk.registry.call('activities.submit', { id: a.id });
    const queue = await reviewer.registry.call('review.queue', {});
    expect(queue.items).toMatchObject([{ id: a.id, date: '2025-10-01', datePrecision: 'month', endDate: '2025-11-30' }]);
  });

  it('are foldered and indexed as written in the evidence package', async () => {
    const app = openApp();
    const r = app.registry;
    const a = await r.call('activities.create', july);
    await attachEvidence(app, a.id, '照片');
    const day = await r.call('activities.create', { date: '2025-06-20', categoryId: 1, title: '宪法专题培训' });
    await attachEvidence(app, day.id, '签到表');

    const made = await r.call('ledger.evidence.export', { year: 2025 });
    const zip = await JSZip.loadAsync(fs.readFileSync(exportPath(app.ctx.dataDir, made.exportId)!));
    const folders = Object.keys(zip.files)
      .filter((n) => n.endsWith('.pdf'))
      .map((n) => n.split('/')[1]);
    expect(folders).toEqual(['2025-06-20 宪法专题培训', '2025年7月 集中学法']);
    const index = new ExcelJS.Workbook();
    await index.xlsx.load(await zip.file('佐证材料清单.xlsx')!.async('arraybuffer'));
    const dates: string[] = [];
    index.worksheets[0]!.eachRow((row, n) => n > 1 && dates.push(String(row.getCell(2).value)));
    expect(dates).toEqual(['2025-06-20', '2025年7月']);
  });
});
