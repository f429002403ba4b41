import { describe, expect, it } from 'vitest';
import { REMEMBERED_LAYOUTS, rememberedMapping, rememberMapping } from '../../electron/store/import-mapping-store';
import { writeSetting } from '../../electron/store/settings-store';
import type { ColumnTarget } from '../../shared/import/column-target';
import { openTempApp, tempDir } from '../helpers/temp-app';

const columns: { header: string; target: ColumnTarget }[] = [
  { header: '序号', target: { kind: 'skip' } },
  { header: '时间', target: { kind: 'field', field: 'date' } },
  { header: '活动名称', target: { kind: 'field', field: 'title' } },
  { header: '发放宣传材料（份）', target: { kind: 'metric', name: '发放宣传材料', unit: '份' } },
];
const SIG = '序号 时间 活动名称 发放宣传材料（份）';
const NOW = '2026-03-01T08:00:00.000Z';

describe('the remembered import mappings', () => {
  it('keeps a mapping per layout across reopening, the latest save replacing the earlier', () => {
    const dir = tempDir();
    const first = openTempApp(dir);
    expect(rememberedMapping(first.ctx.db, SIG)).toBeNull();
    rememberMapping(first.ctx.db, SIG, columns, null, NOW);
    rememberMapping(first.ctx.db, SIG, columns.slice(1), 3, NOW);
    rememberMapping(first.ctx.db, '日期 事项标题', columns.slice(0, 1), null, NOW);
    first.close();

    const { db } = openTempApp(dir).ctx;
    expect(rememberedMapping(db, SIG)).toEqual({ columns: columns.slice(1), categoryId: 3 });
    expect(rememberedMapping(db, '日期 事项标题')).toEqual({ columns: columns.slice(0, 1), categoryId: null });
    expect(rememberedMapping(db, '别的表头')).toBeNull();
  });

  it(`keeps the ${REMEMBERED_LAYOUTS} layouts saved last, dropping the oldest`, () => {
    const { db } = openTempApp().ctx;
    for (let i = 0; i <= REMEMBERED_LAYOUTS; i++) rememberMapping(db, `表头${i}`, columns, null, NOW);
    // Saving 表头1 again makes it the newest, so the next new layout drops 表头2.
    rememberMapping(db, '表头1', columns, 1, NOW);
    rememberMapping(db, '新表头', columns, null, NOW);
    expect(rememberedMapping(db, '表头0')).toBeNull();
    expect(rememberedMapping(db, '表头2')).toBeNull();
    expect(rememberedMapping(db, '表头1')).toEqual({ columns, categoryId: 1 });
    expect(rememberedMapping(db, '表头3')).not.toBeNull();
    expect(rememberedMapping(db, '新表头')).not.toBeNull();
    const stored = JSON.parse(db.prepare("SELECT value FROM app_settings WHERE key = 'import.mappings'").pluck().get() as string) as unknown[];
    expect(stored).toHaveLength(REMEMBERED_LAYOUTS);
  });

  it('reads a damaged value as no mapping, and a damaged layout without losing the others', () => {
    const { db } = openTempApp().ctx;
    writeSetting(db, 'import.mappings', { not: 'a list' }, NOW);
    expect(rememberedMapping(db, SIG)).toBeNull();

    writeSetting(
      db,
      'import.mappings',
      [
        { signature: SIG, columns: [{ header: '时间', target: { kind: 'field', field: '没有的字段' } }], categoryId: null, savedAt: NOW },
        { signature: '日期 事项标题', columns, categoryId: 2, savedAt: NOW },
        'junk',
      ],
      NOW,
    );
    expect(rememberedMapping(db, SIG)).toBeNull();
    expect(rememberedMapping(db, '日期 事项标题')).toEqual({ columns, categoryId: 2 });

    // Saving again writes back only the layouts that still read.
    rememberMapping(db, SIG, columns, null, NOW);
    const stored = JSON.parse(db.prepare("SELECT value FROM app_settings WHERE key = 'import.mappings'").pluck().get() as string) as { signature: string }[];
    expect(stored.map((s) => s.signature)).toEqual(['日期 事项标题', SIG]);
  });
});
