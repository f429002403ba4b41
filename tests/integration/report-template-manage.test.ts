import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../electron/spreadsheet/export-files';
import type { ReportView } from '../../shared/domain/report-draft';
import { blockText } from '../../shared/report/report-document';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

// What the 模板管理 drawer needs beyond copy/update/import: delete a copy, download a template as a
// file, see which years' reports a template made; and what excluding an entry does to an edit.

const NOON = () => '2025-01-20T12:00:00.000Z';
const says = (view: ReportView | null, text: string) => !!view?.document.blocks.some((b) => blockText(b).includes(text));

describe('report template management', () => {
  it('deletes a copy, refuses a built-in, and keeps the report a deleted copy made', async () => {
    const app = openTempApp(undefined, NOON);
    const r = app.registry;
    const [five] = await r.call('report.templates.list', {});
    const copy = await r.call('report.templates.copy', { id: five!.id, name: '本局模板' });
    const categories = await r.call('categories.list', {});
    await r.call('activities.create', { categoryId: categories.find((c) => c.key === 'pufa')!.id, date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await r.call('report.assemble', { year: 2024, templateId: copy.id });

    const listed = await r.call('report.templates.list', {});
    expect(listed.find((t) => t.id === copy.id)?.usedByYears).toEqual([2024]);
    expect(listed.find((t) => t.id === five!.id)?.usedByYears).toEqual([]);

    const builtin = await rejected(r.call('report.templates.delete', { id: five!.id }));
    expect(builtin.code).toBe('conflict');
    expect(builtin.message).toBe('“五部分（法定五项内容）”是内置模板，不能删除。');
    expect((await r.call('report.templates.list', {})).length).toBe(4);

    expect(await r.call('report.templates.delete', { id: copy.id })).toEqual({ id: copy.id, name: '本局模板' });
    expect((await r.call('report.templates.list', {})).map((t) => t.id)).not.toContain(copy.id);
    const draft = await r.call('report.draft.get', { year: 2024 });
    expect(says(draft, '开展宪法宣传')).toBe(true);
    const again = await rejected(r.call('report.assemble', { year: 2024, templateId: copy.id }));
    expect(again.message).toContain('找不到这个报告模板');
    expect((await rejected(r.call('report.templates.delete', { id: copy.id }))).code).toBe('not_found');
    // The name is free again.
    expect((await r.call('report.templates.copy', { id: five!.id, name: '本局模板' })).name).toBe('本局模板');
  });

  it('writes a template as a .json file for download that imports back as a new template', async () => {
    const app = openTempApp(undefined, NOON);
    const r = app.registry;
    const [, three] = await r.call('report.templates.list', {});
    const made = await r.call('report.templates.download', { id: three!.id });
    expect(made.fileName).toBe('报告模板-三部分（举措成效·问题·计划）.json');
    const file = exportPath(app.ctx.dataDir, made.exportId);
    expect(file && path.dirname(file)).toBe(path.join(app.ctx.dataDir, 'exports'));
    const json = fs.readFileSync(file!, 'utf8');
    expect(json).toBe(await r.call('report.templates.export', { id: three!.id }));
    const imported = await r.call('report.templates.import', { json });
    expect(imported.name).toBe('三部分（举措成效·问题·计划）（导入）');
    expect((await rejected(r.call('report.templates.download', { id: 999 }))).code).toBe('not_found');
  });
});

describe('excluding an entry whose paragraph the user edited', () => {
  it('says the edited paragraph went, keeps the edit aside, and brings it back with the entry', async () => {
    const app = openTempApp(undefined, NOON);
    const r = app.registry;
    const [five] = await r.call('report.templates.list', {});
    const categories = await r.call('categories.list', {});
    const entry = await r.call('activities.create', { categoryId: categories.find((c) => c.key === 'pufa')!.id, date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await r.call('report.assemble', { year: 2024, templateId: five!.id });
    await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.items', text: '深入开展宪法宣传进社区活动。' });

    const excluded = await r.call('report.entry.exclude', { year: 2024, activityId: entry.id, excluded: true });
    expect(excluded.choices.excluded).toEqual([entry.id]);
    expect(says(excluded, '宪法宣传')).toBe(false);
    expect(excluded.changes).toContainEqual({ key: 'measures.pufa.items', kind: 'removed', before: '深入开展宪法宣传进社区活动。', edited: true });
    expect(excluded.setAsideEdits).toEqual([{ key: 'measures.pufa.items', text: '深入开展宪法宣传进社区活动。' }]);

    const restored = await r.call('report.entry.exclude', { year: 2024, activityId: entry.id, excluded: false });
    expect(restored.choices.excluded).toEqual([]);
    expect(restored.setAsideEdits).toEqual([]);
    expect(restored.removedParagraphs).toEqual([]);
    const back = restored.document.blocks.find((b) => b.key === 'measures.pufa.items');
    expect(back?.origin).toBe('edited');
    expect(says(restored, '深入开展宪法宣传进社区活动。')).toBe(true);
  });

  it('does not count a paragraph the user removed as set aside', async () => {
    const app = openTempApp(undefined, NOON);
    const r = app.registry;
    const [five] = await r.call('report.templates.list', {});
    const categories = await r.call('categories.list', {});
    await r.call('activities.create', { categoryId: categories.find((c) => c.key === 'pufa')!.id, date: '2024-03-15', title: '宪法宣传', summary: '开展宪法宣传' });
    await r.call('report.assemble', { year: 2024, templateId: five!.id });
    const removed = await r.call('report.block.edit', { year: 2024, key: 'measures.pufa.items', remove: true });
    expect(removed.editedKeys).toEqual(['measures.pufa.items']);
    expect(removed.setAsideEdits).toEqual([]);
    expect(removed.removedParagraphs).toEqual([{ key: 'measures.pufa.items', text: '开展宪法宣传。' }]);
    expect(says(removed, '开展宪法宣传')).toBe(false);
  });
});
