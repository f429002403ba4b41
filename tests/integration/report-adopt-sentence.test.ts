import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import type { ReportView } from '../../shared/domain/report-draft';
import { blockText } from '../../shared/report/report-document';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

// 采用为内容摘要 through the registry on a real data folder: the sentence the report composed for an
// entry without a summary becomes its summary, recorded in its 改动记录, and the paragraph is no longer
// marked 自动成句. A summary the user wrote is never overwritten.

const NOON = () => '2025-01-20T12:00:00.000Z';
const SENTENCE = '3月15日，在城南社区开展民法典进社区宣传活动，参加23人，发放宣传资料800份、接待群众咨询120人次';

async function setUp() {
  const app = openTempApp(undefined, NOON);
  const r = app.registry;
  await r.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  const categories = await r.call('categories.list', {});
  const cat = (key: string) => categories.find((c) => c.key === key)!.id;
  const add = (key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) => r.call('activities.create', { categoryId: cat(key), ...fields });
  const [five] = await r.call('report.templates.list', {});
  const composed = await add('pufa', {
    date: '2024-03-15',
    title: '民法典进社区',
    location: '城南社区',
    participantCount: 23,
    metrics: [
      { name: '发放资料', value: 800, unit: '份' },
      { name: '接待咨询', value: 120, unit: '人次' },
    ],
  });
  const written = await add('pufa', { date: '2024-05-10', title: '宪法宣传', summary: '开展宪法宣传' });
  const first = await r.call('report.assemble', { year: 2024, templateId: five!.id });
  return { app, r, add, composed, written, first };
}

const blockOf = (view: ReportView, id: string) => view.document.blocks.find((b) => b.sources.includes(id) && b.kind === 'paragraph' && b.origin === 'log' && b.key.includes('pufa.items'));
const composedIds = (view: ReportView) => view.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? (b.composed ?? []) : []));

function rows(app: OpenApp): unknown {
  const db = app.ctx.db;
  return ['activities', 'activity_history', 'report_drafts'].map((t) => db.prepare(`SELECT * FROM ${t}`).all().map((row) => JSON.stringify(row)).sort());
}

describe('report.entry.adoptSentence', () => {
  it('stores the composed sentence as the summary, records it in the history, and the paragraph is no longer composed', async () => {
    const { r, composed, first } = await setUp();
    const before = blockOf(first, composed.id)!;
    expect(blockText(before)).toContain(SENTENCE);
    expect(composedIds(first)).toEqual([composed.id]);

    const view = await r.call('report.entry.adoptSentence', { year: 2024, activityId: composed.id });
    const stored = await r.call('activities.get', { id: composed.id });
    expect(stored.summary).toBe(`${SENTENCE}。`);
    expect(stored.updatedAt).toBe(NOON());

    const [latest] = await r.call('activities.history', { id: composed.id });
    expect(latest).toMatchObject({ action: 'update', changes: { summary: ['', `${SENTENCE}。`] } });

    // The same words, now the user's: no longer marked, no longer asked for, the text unchanged.
    const after = blockOf(view, composed.id)!;
    expect(blockText(after)).toBe(blockText(before));
    expect(composedIds(view)).toEqual([]);
    expect(view.warnings.filter((w) => w.code === 'summary-missing')).toEqual([]);
    expect(view.changes).toEqual([]);
    expect(await r.call('report.draft.get', { year: 2024 })).toMatchObject({ assembledAt: NOON() });

    // Twice is refused: the summary is there now.
    const again = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: composed.id }));
    expect(again.code).toBe('conflict');
  });

  it('refuses an entry that already has a summary and changes nothing', async () => {
    const { app, r, written } = await setUp();
    const was = rows(app);
    const err = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: written.id }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('“宪法宣传”已有内容摘要，不能用自动成句覆盖；要修改，请到台账中编辑这条台账。');
    expect((await r.call('activities.get', { id: written.id })).summary).toBe('开展宪法宣传');
    expect(rows(app)).toEqual(was);
  });

  it('refuses an unknown entry', async () => {
    const { app, r } = await setUp();
    const was = rows(app);
    const id = '00000000-0000-4000-8000-000000000000';
    const err = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: id }));
    expect(err.code).toBe('not_found');
    expect(err.message).toBe(`找不到这条台账（编号 ${id}），可能已被彻底删除。`);
    expect(rows(app)).toEqual(was);
  });

  it('refuses an entry in the trash and leaves it as it was', async () => {
    const { app, r, composed } = await setUp();
    await r.call('activities.delete', { id: composed.id });
    const was = rows(app);
    const err = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: composed.id }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('“民法典进社区”在回收站中，请先恢复再采用为内容摘要。');
    expect(rows(app)).toEqual(was);
    const trashed = await r.call('activities.get', { id: composed.id });
    expect(trashed.summary).toBe('');
  });

  it('refuses an entry of another year, a title used as it stands, and a year with no report yet', async () => {
    const { r, add } = await setUp();
    const old = await add('pufa', { date: '2023-04-01', title: '去年的宣传' });
    const otherYear = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: old.id }));
    expect(otherYear.message).toBe('“去年的宣传”是2023年的台账，不在2024年度报告中。');

    const sentence = await add('pufa', { date: '2024-06-01', title: '组织干部学法，效果良好' });
    const fallback = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: sentence.id }));
    expect(fallback.message).toContain('不能采用为内容摘要');
    expect((await r.call('activities.get', { id: sentence.id })).summary).toBe('');

    const noDraft = await rejected(r.call('report.entry.adoptSentence', { year: 2023, activityId: old.id }));
    expect(noDraft.message).toBe('还没有生成2023年度报告，请先选择模板生成报告。');
  });

  it('refuses a sentence longer than a summary may be, naming the limit', async () => {
    const { r, add } = await setUp();
    const long = await add('pufa', {
      date: '2024-07-01',
      title: `开展${'宪法'.repeat(45)}宣传`,
      location: '城南'.repeat(50),
      participantsDesc: '机关干部'.repeat(50),
      docTitle: '关于开展宣传的通知'.repeat(20),
    });
    const err = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: long.id }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/^自动写成的句子有\d+个字，超过内容摘要最多500个字的限制，不能采用/);
    expect((await r.call('activities.get', { id: long.id })).summary).toBe('');
  });

  it('refuses garbage input with the field named', async () => {
    const { r } = await setUp();
    const err = await rejected(r.call('report.entry.adoptSentence', { year: 2024, activityId: 'x' } as never));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('台账条目');
  });
});
