import { describe, expect, it } from 'vitest';
import { suggestColumns } from '../../shared/import/column-mapping';
import type { ColumnTarget } from '../../shared/import/column-target';
import { targetLabel } from '../../shared/import/column-target';
import { LEDGER_COLUMNS } from '../../shared/import/ledger-columns';
import { applyMapFlag, applyMappingFile, mappingFileText, parseTargetLabel } from '../../shared/import/mapping-file';

const field = (f: string): ColumnTarget => ({ kind: 'field', field: f }) as ColumnTarget;
const skip: ColumnTarget = { kind: 'skip' };
const HEADERS = ['序号', '时间', '活动名称', '活动内容', '发放宣传材料（份）', '备注', '备注'];
const MAPPING = [
  { header: '序号', target: skip },
  { header: '时间', target: field('date') },
  { header: '活动名称', target: field('title') },
  { header: '活动内容', target: field('summary') },
  { header: '发放宣传材料（份）', target: { kind: 'metric', name: '发放宣传材料', unit: '份' } as ColumnTarget },
  { header: '备注', target: field('details') },
  { header: '备注', target: skip },
];

describe('parseTargetLabel', () => {
  it('reads back every label targetLabel writes', () => {
    const all: ColumnTarget[] = [...LEDGER_COLUMNS.map((c) => field(c.key)), skip, { kind: 'metric', name: '发放宣传材料', unit: '份' }, { kind: 'metric', name: '满意度', unit: '' }];
    for (const t of all) expect(parseTargetLabel(targetLabel(t))).toEqual(t);
  });

  it('takes a field alias, half-width brackets and colon, and refuses anything else', () => {
    expect(parseTargetLabel('时间')).toEqual(field('date'));
    expect(parseTargetLabel(' 指标:接待咨询(人次) ')).toEqual({ kind: 'metric', name: '接待咨询', unit: '人次' });
    expect(parseTargetLabel('标题栏')).toBeNull();
    expect(parseTargetLabel('指标：')).toBeNull();
    expect(parseTargetLabel(`指标：${'很'.repeat(41)}`)).toBeNull();
  });
});

describe('the mapping file', () => {
  it('is readable JSON with Chinese keys, and reads back to the same mapping and category', () => {
    const text = mappingFileText(HEADERS, MAPPING, '普法宣传教育');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({
      格式: '法治台账·表格对应关系',
      版本: 1,
      表头: HEADERS,
      对应: { 序号: '不导入', 时间: '日期', 活动名称: '事项标题', 活动内容: '内容摘要', '发放宣传材料（份）': '指标：发放宣传材料（份）', 备注: '详细情况', '备注#2': '不导入' },
      类别: '普法宣传教育',
    });
    expect(text).toContain('\n  "格式"');
    expect(applyMappingFile(text, HEADERS)).toEqual({
      ok: true,
      columns: MAPPING.map((m, index) => ({ index, ...m })),
      categoryName: '普法宣传教育',
    });
  });

  it('reads a file saved by Notepad (with a BOM), and leaves out 类别 when none was chosen', () => {
    const text = mappingFileText(HEADERS, MAPPING);
    expect(text).not.toContain('类别');
    expect(applyMappingFile(`\uFEFF${text}`, HEADERS)).toMatchObject({ ok: true, categoryName: null });
  });

  it('matches headers however they are spaced; columns the file does not know are not imported', () => {
    // 序号 and the second 备注 are missing: the file did not import them anyway.
    const applied = applyMappingFile(mappingFileText(HEADERS, MAPPING), [' 时 间', '活动名称', '活动内容', '新加的列', '发放宣传材料(份)', '备注']);
    expect(applied).toEqual({
      ok: true,
      categoryName: null,
      columns: [
        { index: 0, header: ' 时 间', target: field('date') },
        { index: 1, header: '活动名称', target: field('title') },
        { index: 2, header: '活动内容', target: field('summary') },
        { index: 3, header: '新加的列', target: skip },
        { index: 4, header: '发放宣传材料(份)', target: { kind: 'metric', name: '发放宣传材料', unit: '份' } },
        { index: 5, header: '备注', target: field('details') },
      ],
    });
  });

  it('refuses a file that is not ours, or from a newer version', () => {
    const notOurs = { ok: false, message: '这不是法治台账保存的对应关系文件。' };
    expect(applyMappingFile('not json', HEADERS)).toEqual(notOurs);
    expect(applyMappingFile('{"a":1}', HEADERS)).toEqual(notOurs);
    expect(applyMappingFile(JSON.stringify({ 格式: '法治台账·表格对应关系', 版本: 1, 表头: [], 对应: ['时间'] }), HEADERS)).toEqual(notOurs);
    const newer = JSON.stringify({ ...JSON.parse(mappingFileText(HEADERS, MAPPING)), 版本: 2 });
    expect(applyMappingFile(newer, HEADERS)).toEqual({
      ok: false,
      message: '这个对应关系文件是较新版本的法治台账保存的（第2版），本程序只能读取第1版。请升级本程序后再使用，或在“对应列”中逐列设置。',
    });
  });

  it('refuses a file for another layout, naming the columns this sheet lacks', () => {
    expect(applyMappingFile(mappingFileText(HEADERS, MAPPING), ['日期', '事项标题', '活动内容'])).toEqual({
      ok: false,
      message: '这个对应关系文件是为另一种表格保存的：本表没有“时间”“活动名称”“发放宣传材料（份）”“备注”列。请选择与本表相同表头的文件，或在“对应列”中逐列设置。',
    });
  });

  it('names a target that is not one of the fields', () => {
    const text = JSON.stringify({ 格式: '法治台账·表格对应关系', 版本: 1, 表头: ['活动名称'], 对应: { 活动名称: '标题栏' } });
    expect(applyMappingFile(text, ['活动名称'])).toEqual({ ok: false, message: expect.stringMatching(/^“活动名称”的对应“标题栏”不是可选的字段。可选的有：日期、/) });
  });
});

describe('--map', () => {
  const headers = ['序号', '时间', '活动名称', '活动内容', '工作情况', '责任清单·责任处室'];
  const base = suggestColumns(headers);

  it('sets the listed columns and keeps the others as matched', () => {
    const applied = applyMapFlag('时间=日期，活动名称 = 事项标题;工作情况=详细情况；序号=不导入', headers, base);
    expect(applied).toEqual({
      ok: true,
      categoryName: null,
      columns: [
        { index: 0, header: '序号', target: skip },
        { index: 1, header: '时间', target: field('date') },
        { index: 2, header: '活动名称', target: field('title') },
        { index: 3, header: '活动内容', target: field('summary') },
        { index: 4, header: '工作情况', target: field('details') },
        { index: 5, header: '责任清单·责任处室', target: field('department') },
      ],
    });
    expect(applyMapFlag('活动内容=不导入,责任处室=标签', headers, base)).toMatchObject({
      ok: true,
      columns: expect.arrayContaining([
        { index: 3, header: '活动内容', target: skip },
        { index: 5, header: '责任清单·责任处室', target: field('tags') },
      ]),
    });
  });

  it('refuses a header the sheet lacks, a target that is not a field, a pair without = and a header given twice', () => {
    expect(applyMapFlag('活动时间=日期', headers, base)).toEqual({
      ok: false,
      message: '本表没有“活动时间”列（--map 中的列名要与表头一致）。本表的列有：“序号”“时间”“活动名称”“活动内容”“工作情况”“责任清单·责任处室”。',
    });
    expect(applyMapFlag('活动名称=标题栏', headers, base)).toMatchObject({ ok: false, message: expect.stringContaining('“活动名称”的对应“标题栏”不是可选的字段') });
    expect(applyMapFlag('时间日期', headers, base)).toMatchObject({ ok: false, message: expect.stringContaining('缺少“=”') });
    expect(applyMapFlag('时间=日期,时间=结束日期', headers, base)).toMatchObject({ ok: false, message: '--map 中“时间”写了两次，每一列只能写一次。' });
  });
});
