import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/migrate';
import { MIGRATIONS } from '../../electron/store/migrations';
import { syncBuiltinTemplates } from '../../electron/store/report-template-store';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIVE_PART } from '../../shared/report/templates/five-part';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

describe('migration 0005 (年度报告：模板、年度材料、报告草稿)', () => {
  it('creates STRICT tables and seeds the built-in templates', () => {
    const app = openTempApp();
    const db = app.ctx.db;
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'report_%' ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(['report_drafts', 'report_narratives', 'report_templates']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT$/);
    expect(db.prepare('SELECT key, builtin, version FROM report_templates ORDER BY id').all()).toEqual(BUILTIN_TEMPLATES.map((t) => ({ key: t.key, builtin: 1, version: t.version })));
    expect(() => db.prepare("INSERT INTO report_narratives (year, body, updated_at) VALUES ('二〇二四', '{}', 'x')").run()).toThrow();
  });

  it('runs on a database at version 4 with data in it, in one transaction', () => {
    const file = path.join(tempDir(), 'fazhi.db');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 4));
    db.prepare("UPDATE unit_profile SET name = '某局' WHERE id = 1").run();
    expect(migrate(db, file)).toEqual({ from: 4, to: MIGRATIONS.length });
    expect(db.prepare('SELECT name FROM unit_profile').pluck().get()).toBe('某局');
    expect(db.prepare('SELECT count(*) FROM report_templates').pluck().get()).toBe(3);
    db.close();
  });

  it('brings an older stored built-in up to this build’s version, leaving copies alone', async () => {
    const app = openTempApp();
    const db = app.ctx.db;
    const [five] = await app.registry.call('report.templates.list', {});
    const copy = await app.registry.call('report.templates.copy', { id: five!.id, name: '我的模板' });
    const next = BUILTIN_TEMPLATES[0]!.version + 1;
    const successor = { ...BUILTIN_TEMPLATES[0]!, version: next, body: { ...BUILTIN_TEMPLATES[0]!.body, references: { 党代会精神: '党的二十大精神', 纲要: '《法治政府建设实施纲要（2026—2030年）》' } } };
    syncBuiltinTemplates(db, '2026-01-01T00:00:00.000Z', [successor, ...BUILTIN_TEMPLATES.slice(1)]);
    const again = await app.registry.call('report.templates.get', { id: five!.id });
    expect(again).toMatchObject({ version: next, updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(again.body.references.纲要).toBe('《法治政府建设实施纲要（2026—2030年）》');
    syncBuiltinTemplates(db, '2027-01-01T00:00:00.000Z');
    expect((await app.registry.call('report.templates.get', { id: five!.id })).version).toBe(next);
    expect((await app.registry.call('report.templates.get', { id: copy.id })).updatedAt).toBe(copy.updatedAt);
  });
});

describe('report templates', () => {
  it('lists the three built-ins and gets one with its body', async () => {
    const app = openTempApp();
    const list = await app.registry.call('report.templates.list', {});
    expect(list.map((t) => [t.key, t.builtin])).toEqual([
      ['five-part', true],
      ['three-part', true],
      ['outline', true],
    ]);
    expect(list[0]).not.toHaveProperty('body');
    const full = await app.registry.call('report.templates.get', { id: list[2]!.id });
    expect(full.body.parts[0]?.heading).toBe('{年度}年推进法治政府建设的主要举措和成效');
    const missing = await rejected(app.registry.call('report.templates.get', { id: 999 }));
    expect(missing.code).toBe('not_found');
  });

  it('copies a template, refuses a name in use, and edits only copies', async () => {
    const app = openTempApp();
    const [five] = await app.registry.call('report.templates.list', {});
    const copy = await app.registry.call('report.templates.copy', { id: five!.id, name: '本局模板' });
    expect(copy).toMatchObject({ key: `custom-${copy.id}`, name: '本局模板', builtin: false, version: 1 });
    expect(copy.body).toEqual(five && (await app.registry.call('report.templates.get', { id: five.id })).body);

    const taken = await rejected(app.registry.call('report.templates.copy', { id: five!.id, name: '本局模板' }));
    expect(taken.message).toBe('已有名为“本局模板”的模板，请换一个名称。');

    const builtin = await rejected(app.registry.call('report.templates.update', { id: five!.id, body: FIVE_PART }));
    expect(builtin.code).toBe('conflict');
    expect(builtin.message).toContain('内置模板，不能直接修改，请先复制一份再修改');

    const body = structuredClone(FIVE_PART);
    body.title = { ...body.title, useFormal: true };
    const updated = await app.registry.call('report.templates.update', { id: copy.id, name: '本局模板（公文式标题）', body });
    expect(updated).toMatchObject({ name: '本局模板（公文式标题）', version: 2 });
    expect(updated.body.title.useFormal).toBe(true);
  });

  it('refuses a whole body with a wrong part, naming it, and changes nothing', async () => {
    const app = openTempApp();
    const [five] = await app.registry.call('report.templates.list', {});
    const copy = await app.registry.call('report.templates.copy', { id: five!.id, name: '草稿' });
    const body = structuredClone(FIVE_PART);
    (body.parts[0] as { subsections: { heading: string }[] }).subsections[1]!.heading = '';
    const err = await rejected(app.registry.call('report.templates.update', { id: copy.id, body }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('模板：第1部分（{年度}年度推进法治政府建设的主要举措和成效）的第2小节的标题：不能为空');
    const notObject = await rejected(app.registry.call('report.templates.update', { id: copy.id, body: 'x' }));
    expect(notObject.message).toContain('模板：');
    expect((await app.registry.call('report.templates.get', { id: copy.id })).version).toBe(1);
  });

  it('exports JSON text and imports it back as a new template, renaming on a clash', async () => {
    const app = openTempApp();
    const [, three] = await app.registry.call('report.templates.list', {});
    const json = await app.registry.call('report.templates.export', { id: three!.id });
    expect(JSON.parse(json)).toMatchObject({ format: 'fazhi-report-template', name: three!.name, schemaVersion: 1 });
    const imported = await app.registry.call('report.templates.import', { json });
    expect(imported).toMatchObject({ name: `${three!.name}（导入）`, builtin: false });
    expect(imported.body).toEqual((await app.registry.call('report.templates.get', { id: three!.id })).body);
    const again = await app.registry.call('report.templates.import', { json });
    expect(again.name).toBe(`${three!.name}（导入2）`);
  });

  it('refuses to import a file that is not a template, or one with a wrong part', async () => {
    const app = openTempApp();
    const before = (await app.registry.call('report.templates.list', {})).length;
    expect((await rejected(app.registry.call('report.templates.import', { json: 'not json' }))).message).toContain('模板文件不是有效的JSON');
    expect((await rejected(app.registry.call('report.templates.import', { json: '{"a":1}' }))).message).toContain('不是法治台账导出的报告模板');
    const bad = JSON.stringify({ format: 'fazhi-report-template', name: '坏', ...FIVE_PART, opening: '{年度}年，{不存在}' });
    expect((await rejected(app.registry.call('report.templates.import', { json: bad }))).message).toContain('开头段：不认识的占位符{不存在}');
    expect((await app.registry.call('report.templates.list', {})).length).toBe(before);
  });
});
