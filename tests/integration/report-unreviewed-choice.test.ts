import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import type { ReportView } from '../../shared/domain/report-draft';
import { TITLE_KEY } from '../../shared/report/assembly/draft-blocks';
import { blockText } from '../../shared/report/report-document';
import { signedIn } from '../helpers/review-callers';
import { openTempApp, tempDir } from '../helpers/temp-app';

// 包含未审核 (report.assemble's includeUnreviewed) on the real store: remembered with the year's draft
// (migration 0015), used by every later re-assembly, answered by report.draft.get; and last year's
// figures for 同比 read by the same rule as the year's own entries.

const NOON = () => '2025-01-20T12:00:00.000Z';

async function setUp() {
  const app = openTempApp(undefined, NOON);
  const r = app.registry;
  await r.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  const categories = await r.call('categories.list', {});
  const cat = (key: string) => categories.find((c) => c.key === key)!.id;
  const clerk = await signedIn(app, 'zhangsan', '张三', 'entry', '办公室');
  /** An entry of the machine's own user: 已审核 at once. */
  const approved = (key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) => r.call('activities.create', { categoryId: cat(key), ...fields });
  /** A 录入员's entry, submitted and waiting for the 审核员. */
  const pending = async (key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) => {
    const made = await clerk.registry.call('activities.create', { categoryId: cat(key), ...fields });
    await clerk.registry.call('activities.submit', { id: made.id });
    return made;
  };
  const [five] = await r.call('report.templates.list', {});
  return { app, r, approved, pending, templateId: five!.id };
}

const text = (view: ReportView, key: string) => {
  const b = view.document.blocks.find((x) => x.key === key);
  return b && blockText(b);
};
const sources = (view: ReportView) => new Set(view.document.blocks.flatMap((b) => b.sources));

describe('包含未审核 is remembered with the draft', () => {
  it('keeps a draft of every entry one across re-assembly, and an approved-only one approved-only', async () => {
    const { r, approved, pending, templateId } = await setUp();
    await approved('pufa', { date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await approved('pufa', { date: '2024-05-10', title: '民法典宣传', summary: '开展民法典宣传' });
    const waiting = await pending('pufa', { date: '2024-06-01', title: '未审核的宣传', summary: '这一句尚未审核' });

    const everything = await r.call('report.assemble', { year: 2024, templateId, includeUnreviewed: true });
    expect(everything.includeUnreviewed).toBe(true);
    expect(sources(everything).has(waiting.id)).toBe(true);
    expect(await r.call('report.draft.get', { year: 2024 })).toMatchObject({ includeUnreviewed: true });

    // Each of these assembles again on the server, without being told the choice.
    const restyled = await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'numbered' });
    expect(restyled.includeUnreviewed).toBe(true);
    expect(sources(restyled).has(waiting.id)).toBe(true);
    const kept = await r.call('report.subsection.setKeepEmpty', { year: 2024, key: 'measures.pufa', keep: true });
    expect(sources(kept).has(waiting.id)).toBe(true);
    // An edit does not assemble, and keeps the choice.
    const edited = await r.call('report.block.edit', { year: 2024, key: TITLE_KEY, text: '某区司法局2024年度法治政府建设情况报告（草稿）' });
    expect(edited.includeUnreviewed).toBe(true);
    expect(await r.call('report.draft.get', { year: 2024 })).toMatchObject({ includeUnreviewed: true });

    // Assembling with the switch off stores that too.
    const approvedOnly = await r.call('report.assemble', { year: 2024, templateId });
    expect(approvedOnly.includeUnreviewed).toBe(false);
    expect(sources(approvedOnly).has(waiting.id)).toBe(false);
    const again = await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'yishi' });
    expect(again.includeUnreviewed).toBe(false);
    expect(sources(again).has(waiting.id)).toBe(false);
    expect(JSON.stringify(again.document)).not.toContain('这一句尚未审核');
    expect(await r.call('report.draft.get', { year: 2024 })).toMatchObject({ includeUnreviewed: false });
  });

  it('is off for a draft assembled before migration 0015', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 14));
    db.prepare("INSERT INTO report_drafts (year, template_id, updated_at) VALUES (2024, 1, '2025-01-01T00:00:00.000Z')").run();
    migrate(db, file, MIGRATIONS.slice(0, 15));
    expect(db.prepare('SELECT include_unreviewed FROM report_drafts WHERE year = 2024').pluck().get()).toBe(0);
    expect(() => db.prepare('UPDATE report_drafts SET include_unreviewed = 2').run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('last year’s figures for 同比 follow the same rule as the year’s', () => {
  async function twoYears() {
    const s = await setUp();
    // 2023: 8 cases and 2 campaigns approved, and 5 cases and one campaign still in review.
    await s.approved('enforcement', { date: '2023-12-31', title: '2023年办案', period: 'year', metrics: [{ name: '办理案件', value: 8, unit: '件' }] });
    await s.pending('enforcement', { date: '2023-12-31', title: '2023年补报办案', period: 'year', metrics: [{ name: '办理案件', value: 5, unit: '件' }] });
    await s.approved('pufa', { date: '2023-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await s.approved('pufa', { date: '2023-05-10', title: '民法典宣传', summary: '开展民法典宣传' });
    await s.pending('pufa', { date: '2023-09-01', title: '未审核的宣传', summary: '开展未审核的宣传' });
    // 2024: all approved.
    await s.approved('enforcement', { date: '2024-03-31', title: '一季度', period: 'quarter', metrics: [{ name: '办理案件', value: 3, unit: '件' }] });
    await s.approved('enforcement', { date: '2024-06-30', title: '二季度', period: 'quarter', metrics: [{ name: '办理案件', value: 4, unit: '件' }] });
    await s.approved('pufa', { date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await s.approved('pufa', { date: '2024-05-10', title: '民法典宣传', summary: '开展民法典宣传' });
    await s.approved('pufa', { date: '2024-12-04', title: '宪法日', summary: '开展国家宪法日宣传' });
    return s;
  }

  it('counts only last year’s approved entries by default', async () => {
    const { r, templateId } = await twoYears();
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(text(view, 'measures.enforcement.totals')).toBe('全年办理案件共7件，同比下降12.5%（上年为8件）。');
    expect(text(view, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动3次，同比上升50%（上年为2次）。');
  });

  it('counts last year’s entries in review too in a draft of every entry, and again on re-assembly', async () => {
    const { r, templateId } = await twoYears();
    const view = await r.call('report.assemble', { year: 2024, templateId, includeUnreviewed: true });
    expect(text(view, 'measures.enforcement.totals')).toBe('全年办理案件共7件，同比下降46.15%（上年为13件）。');
    expect(text(view, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动3次，与上年持平（上年为3次）。');
    const restyled = await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'numbered' });
    expect(text(restyled, 'measures.enforcement.totals')).toBe('全年办理案件共7件，同比下降46.15%（上年为13件）。');
  });
});
