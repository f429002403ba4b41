import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import type { ReportView } from '../../shared/domain/report-draft';
import { blockText } from '../../shared/report/report-document';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

// The year's report through the registry on a real data folder: assembly, edits kept across
// re-assembly, the user's choices, and the warnings.

const NOON = () => '2025-01-20T12:00:00.000Z';

async function setUp() {
  const app = openTempApp(undefined, NOON);
  const r = app.registry;
  await r.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  const categories = await r.call('categories.list', {});
  const cat = (key: string) => categories.find((c) => c.key === key)!.id;
  const add = (key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) => r.call('activities.create', { categoryId: cat(key), ...fields });
  await r.call('report.narrative.set', { year: 2024, superior: '区委、区政府', problems: ['普法形式较单一。'], plans: ['创新普法形式。'] });
  const [five] = await r.call('report.templates.list', {});
  return { app, r, cat, add, templateId: five!.id };
}

const text = (view: ReportView, key: string) => {
  const b = view.document.blocks.find((x) => x.key === key);
  return b && blockText(b);
};
const keys = (view: ReportView) => view.document.blocks.map((b) => b.key);

function dump(app: OpenApp): unknown {
  const db = app.ctx.db;
  return ['activities', 'activity_tags', 'activity_metrics', 'activity_history', 'categories'].map((t) => db.prepare(`SELECT * FROM ${t}`).all().map((row) => JSON.stringify(row)).sort());
}

describe('report.assemble with edits', () => {
  it('keeps an edit across re-assembly, shows the new entry, says what changed, and reverts', async () => {
    const { r, add, templateId } = await setUp();
    await add('pufa', { date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传', metrics: [{ name: '发放资料', value: 500, unit: '份' }] });
    await add('pufa', { date: '2024-05-10', title: '民法典宣传', summary: '开展民法典宣传' });
    const first = await r.call('report.assemble', { year: 2024, templateId });
    expect(first.changes).toEqual([]);
    expect(text(first, 'measures.pufa.items')).toBe('一是开展宪法宣传，发放宣传资料500份；二是开展民法典宣传。');
    expect(await r.call('report.draft.get', { year: 2024 })).toMatchObject({ templateId, changes: [] });

    const edited = await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.items', text: '一是深入开展宪法宣传；二是开展民法典宣传月活动。' });
    expect(text(edited, 'measures.pufa.items')).toBe('一是深入开展宪法宣传；二是开展民法典宣传月活动。');
    expect(edited.document.blocks.find((b) => b.key === 'measures.pufa.items')?.origin).toBe('edited');
    expect(edited.editedKeys).toEqual(['measures.pufa.items']);

    await add('pufa', { date: '2024-12-04', title: '宪法日', summary: '开展国家宪法日宣传', metrics: [{ name: '发放资料', value: 300, unit: '份' }] });
    const study = await add('study', { date: '2024-04-01', title: '集体学法', summary: '局党组开展集体学法' });
    const again = await r.call('report.assemble', { year: 2024, templateId });
    expect(text(again, 'measures.pufa.items')).toBe('一是深入开展宪法宣传；二是开展民法典宣传月活动。');
    expect(text(again, 'measures.study.items')).toBe('局党组开展集体学法。');
    expect(again.document.blocks.find((b) => b.key === 'measures.study.items')?.sources).toEqual([study.id]);
    expect(again.changes).toEqual(
      expect.arrayContaining([
        { key: 'measures.pufa.items', kind: 'kept-edit', before: '一是开展宪法宣传，发放宣传资料500份；二是开展民法典宣传。', after: '一是开展宪法宣传，发放宣传资料500份；二是开展民法典宣传；三是开展国家宪法日宣传，发放宣传资料300份。' },
        { key: 'measures.study', kind: 'added', after: '深入学习贯彻习近平法治思想' },
        { key: 'measures.study.items', kind: 'added', after: '局党组开展集体学法。' },
        { key: 'measures.pufa.totals', kind: 'changed', before: '全年共开展普法宣传活动2次。', after: '全年共开展普法宣传活动3次，发放宣传资料800份。' },
      ]),
    );
    // Nothing changed since: no changes, but the edit still sits on an older base.
    const third = await r.call('report.assemble', { year: 2024, templateId });
    expect(third.changes.map((c) => c.kind)).toEqual(['kept-edit']);

    const reverted = await r.call('report.block.revert', { year: 2024, key: 'measures.pufa.items' });
    expect(text(reverted, 'measures.pufa.items')).toBe('一是开展宪法宣传，发放宣传资料500份；二是开展民法典宣传；三是开展国家宪法日宣传，发放宣传资料300份。');
    expect(reverted.editedKeys).toEqual([]);
    expect((await r.call('report.assemble', { year: 2024, templateId })).changes).toEqual([]);
  });

  it('switches a subsection’s style, removes a paragraph, and edits headings and the title without their numbers', async () => {
    const { r, add, templateId } = await setUp();
    for (const [i, s] of ['开展宪法宣传', '开展民法典宣传', '开展禁毒宣传'].entries()) await add('pufa', { date: `2024-0${i + 3}-01`, title: s, summary: s });
    await r.call('report.assemble', { year: 2024, templateId });
    const numbered = await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'numbered' });
    const items = numbered.document.blocks.filter((b) => b.key.startsWith('measures.pufa#'));
    expect(items.map(blockText)).toEqual(['1.开展宪法宣传。', '2.开展民法典宣传。', '3.开展禁毒宣传。']);
    expect(numbered.subsections.find((s) => s.key === 'measures.pufa')).toMatchObject({ style: 'numbered', styleChosen: true });
    expect(numbered.changes).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'measures.pufa.items', kind: 'removed' })]));

    const removed = await r.call('report.block.edit', { year: 2024, key: items[1]!.key, remove: true });
    expect(removed.document.blocks.filter((b) => b.key.startsWith('measures.pufa#')).map(blockText)).toEqual(['1.开展宪法宣传。', '2.开展禁毒宣传。']);
    const renumbered = await r.call('report.block.edit', { year: 2024, key: items[2]!.key, text: '5.深入开展禁毒宣传。' });
    expect(text(renumbered, items[2]!.key)).toBe('2.深入开展禁毒宣传。');

    const heading = await r.call('report.block.edit', { year: 2024, key: 'measures.pufa', text: '(一)深入开展普法宣传' });
    expect(heading.document.blocks.find((b) => b.key === 'measures.pufa')).toMatchObject({ kind: 'heading2', number: '（一）', text: '深入开展普法宣传' });
    const title = await r.call('report.block.edit', { year: 2024, key: 'title', text: '某区司法局关于2024年度法治政府建设情况的报告' });
    expect(title.document.title).toBe('某区司法局关于2024年度法治政府建设情况的报告');

    const unknown = await rejected(r.call('report.subsection.setStyle', { year: 2024, key: 'measures.nothing', style: 'yishi' }));
    expect(unknown.message).toContain('报告中没有这个小节');
    const back = await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'yishi' });
    expect(text(back, 'measures.pufa.items')).toBe('一是开展宪法宣传；二是开展民法典宣传；三是开展禁毒宣传。');
  });

  it('excludes an entry from the year’s report and puts it back', async () => {
    const { r, add, templateId } = await setUp();
    const a = await add('pufa', { date: '2024-03-01', title: '甲', summary: '开展甲活动' });
    await add('pufa', { date: '2024-04-01', title: '乙', summary: '开展乙活动' });
    const old = await add('pufa', { date: '2023-04-01', title: '去年', summary: '去年的活动' });
    await r.call('report.assemble', { year: 2024, templateId });
    const without = await r.call('report.entry.exclude', { year: 2024, activityId: a.id, excluded: true });
    expect(text(without, 'measures.pufa.items')).toBe('开展乙活动。');
    expect(without.choices.excluded).toEqual([a.id]);
    expect(without.document.blocks.some((b) => b.sources.includes(a.id))).toBe(false);
    const back = await r.call('report.entry.exclude', { year: 2024, activityId: a.id, excluded: false });
    expect(text(back, 'measures.pufa.items')).toBe('一是开展甲活动；二是开展乙活动。');
    const otherYear = await rejected(r.call('report.entry.exclude', { year: 2024, activityId: old.id, excluded: true }));
    expect(otherYear.message).toBe('“去年”是2023年的台账，不在2024年度报告中。');
  });

  it('flags an empty subsection, keeps it when asked, and omits it again', async () => {
    const { r, add, templateId } = await setUp();
    await add('pufa', { date: '2024-03-01', title: '甲', summary: '开展甲活动' });
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(keys(view)).not.toContain('measures.study');
    expect(view.warnings).toContainEqual(expect.objectContaining({ code: 'empty-subsection', key: 'measures.study' }));
    expect(view.subsections.find((s) => s.key === 'measures.study')).toMatchObject({ empty: true, keptEmpty: false });
    const kept = await r.call('report.subsection.setKeepEmpty', { year: 2024, key: 'measures.study', keep: true });
    expect(kept.document.blocks.find((b) => b.key === 'measures.study')).toMatchObject({ kind: 'heading2', number: '（一）' });
    expect(text(kept, 'measures.study.empty')).toContain('请补充');
    expect(kept.warnings.find((w) => w.key === 'measures.study')?.message).toContain('保留了标题');
    const omitted = await r.call('report.subsection.setKeepEmpty', { year: 2024, key: 'measures.study', keep: false });
    expect(keys(omitted)).not.toContain('measures.study');
  });

  it('warns when an edit changes a figure the log generated', async () => {
    const { r, add, templateId } = await setUp();
    await add('pufa', { date: '2024-03-01', title: '宪法宣传', summary: '开展宪法宣传', metrics: [{ name: '发放资料', value: 500, unit: '份' }] });
    await add('pufa', { date: '2024-04-01', title: '民法典宣传', summary: '开展民法典宣传', metrics: [{ name: '发放资料', value: 300, unit: '份' }] });
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(text(view, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动2次，发放宣传资料800份。');
    const edited = await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.totals', text: '全年共开展普法宣传活动2次，发放宣传资料900份。' });
    expect(edited.warnings).toContainEqual({ code: 'number-mismatch', key: 'measures.pufa.totals', message: '编辑后的数字与台账不一致：800→900' });
    const reworded = await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.totals', text: '全年共开展普法宣传活动2次，共发放各类宣传资料800份。' });
    expect(reworded.warnings.map((w) => w.code)).not.toContain('number-mismatch');
  });

  it('counts each subsection’s events against last year’s, routed by the same tags and categories, the trash left out', async () => {
    const { r, add, templateId } = await setUp();
    await add('pufa', { date: '2023-03-01', title: '去年宣传一', summary: '' });
    await add('pufa', { date: '2023-05-01', title: '去年宣传二', summary: '' });
    // A tag the study subsection does not name; a period total is not an event; the trash is not counted.
    await add('pufa', { date: '2023-06-01', title: '去年汇总', summary: '', period: 'year', metrics: [{ name: '开展活动', value: 9, unit: '场' }] });
    const trashed = await add('pufa', { date: '2023-07-01', title: '去年删除的', summary: '' });
    await r.call('activities.delete', { id: trashed.id });
    for (const [i, title] of ['民法典进社区', '宪法宣传周', '普法进校园'].entries()) await add('pufa', { date: `2024-0${i + 3}-01`, title, summary: '' });
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(text(view, 'measures.pufa.totals')).toBe('全年共开展普法宣传活动3次，同比上升50%（上年为2次）。');
  });

  it('refuses edits it cannot place: before any assembly, empty text, a heading removed, an unknown block', async () => {
    const { r, add, templateId } = await setUp();
    const early = await rejected(r.call('report.block.edit', { year: 2024, key: 'opening', text: '开头' }));
    expect(early).toMatchObject({ code: 'conflict', message: '还没有生成2024年度报告，请先选择模板生成报告。' });
    expect(await r.call('report.draft.get', { year: 2024 })).toBeNull();
    await add('pufa', { date: '2024-03-01', title: '甲', summary: '开展甲活动' });
    await r.call('report.assemble', { year: 2024, templateId });
    expect((await rejected(r.call('report.block.edit', { year: 2024, key: 'opening', text: '   ' }))).message).toContain('不能为空（要去掉这一段，请用“删除此段”）');
    expect((await rejected(r.call('report.block.edit', { year: 2024, key: 'measures', remove: true }))).message).toContain('标题不能删除');
    expect((await rejected(r.call('report.block.edit', { year: 2024, key: 'measures.nothing', text: '文字' }))).code).toBe('not_found');
    expect((await rejected(r.call('report.block.edit', { year: 2024, key: 'opening', text: '第一行\n第二行' }))).message).toContain('不能换行');
    const fixed = await r.call('report.block.edit', { year: 2024, key: 'opening', text: '2024年,某区司法局坚持依法行政.现将有关情况报告如下:' });
    expect(text(fixed, 'opening')).toBe('2024年，某区司法局坚持依法行政.现将有关情况报告如下：');
    expect(fixed.warnings.map((w) => w.code)).toContain('punctuation-fixed');
  });

  it('a year with no entries still produces a whole report, with warnings', async () => {
    const { r, templateId } = await setUp();
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(view.document.blocks.filter((b) => b.kind === 'heading1')).toHaveLength(5);
    expect(view.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-entries', 'empty-subsection', 'narrative-missing']));
    expect(view.document.title).toBe('某区司法局2024年法治政府建设情况报告');
    expect(view.document.signature).toEqual({ unit: '某区司法局', date: '2025年1月20日' });
    expect(view.stats).toEqual({ hanzi: expect.any(Number), overLimit: false });
  });

  it('warns about a unit’s own category no section maps, and about a template naming a category that is gone', async () => {
    const { app, r, add, templateId } = await setUp();
    // A unit's own category (no key), added as the categories page would.
    const ownId = Number(app.ctx.db.prepare("INSERT INTO categories (name, sort_order) VALUES ('安全生产', 200)").run().lastInsertRowid);
    const own = await r.call('activities.create', { categoryId: ownId, date: '2024-06-16', title: '安全宣传咨询日', summary: '开展安全生产宣传咨询日活动' });
    await add('pufa', { date: '2024-03-01', title: '甲', summary: '开展甲活动' });
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(view.warnings).toContainEqual(expect.objectContaining({ code: 'unmapped-entry', activityIds: [own.id], message: '类别“安全生产”在模板中没有对应的小节，其1条台账已放入“其他工作”' }));
    expect(text(view, 'measures.other.items')).toBe('开展安全生产宣传咨询日活动。');

    const copy = await r.call('report.templates.copy', { id: templateId, name: '改过的模板' });
    const body = structuredClone(copy.body);
    const measures = body.parts[0];
    if (measures?.kind !== 'measures') throw new Error('measures first');
    measures.subsections = measures.subsections.filter((s) => s.id !== 'other');
    const pufa = measures.subsections.find((s) => s.id === 'pufa')!;
    pufa.categories = ['普法（已删除）', '安全生产'];
    await r.call('report.templates.update', { id: copy.id, body });
    const custom = await r.call('report.assemble', { year: 2024, templateId: copy.id });
    expect(custom.warnings).toContainEqual(expect.objectContaining({ code: 'unknown-category', key: 'measures.pufa', message: expect.stringContaining('“普法（已删除）”不存在') }));
    expect(custom.warnings).toContainEqual(expect.objectContaining({ code: 'unmapped-entry', message: '类别“普法宣传教育”在模板中没有对应的小节，其1条台账没有写入报告' }));
    expect(text(custom, 'measures.pufa.items')).toBe('开展安全生产宣传咨询日活动。');
  });

  it('computes 同比 from last year’s stored counters', async () => {
    const { r, add, templateId } = await setUp();
    await add('enforcement', { date: '2023-12-31', title: '2023年办案', period: 'year', metrics: [{ name: '办理案件', value: 8, unit: '件' }] });
    await add('enforcement', { date: '2024-03-31', title: '一季度', period: 'quarter', metrics: [{ name: '办理案件', value: 3, unit: '件' }] });
    await add('enforcement', { date: '2024-06-30', title: '二季度', period: 'quarter', metrics: [{ name: '办理案件', value: 4, unit: '件' }] });
    const view = await r.call('report.assemble', { year: 2024, templateId });
    expect(text(view, 'measures.enforcement.totals')).toBe('全年办理案件共7件，同比下降12.5%（上年为8件）。');
  });

  it('never changes an activity: the log is the same after assembling, editing and choosing', async () => {
    const { app, r, add, templateId } = await setUp();
    const a = await add('pufa', { date: '2024-03-01', title: '甲', summary: '开展甲活动,发放材料 500 份', tags: ['宪法'], metrics: [{ name: '发放资料', value: 500, unit: '份' }] });
    await add('first-duty', { date: '2024-04-01', title: '述法', summary: '局长述法', leaderRole: '述法' });
    const before = dump(app);
    await r.call('report.assemble', { year: 2024, templateId });
    await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.items', text: '改写' });
    await r.call('report.subsection.setStyle', { year: 2024, key: 'measures.pufa', style: 'numbered' });
    await r.call('report.entry.exclude', { year: 2024, activityId: a.id, excluded: true });
    await r.call('report.assemble', { year: 2024, templateId: templateId + 2 });
    expect(dump(app)).toEqual(before);
  });
});
