import { describe, expect, it } from 'vitest';
import { checkMapping, headerKey, isKnownHeader, layoutSignature, placeColumns, suggestColumns } from '../../shared/import/column-mapping';
import type { ColumnTarget } from '../../shared/import/column-target';
import { LEDGER_COLUMNS } from '../../shared/import/ledger-columns';

const field = (f: string): ColumnTarget => ({ kind: 'field', field: f }) as ColumnTarget;
const skip: ColumnTarget = { kind: 'skip' };

function targets(headers: string[]) {
  return suggestColumns(headers).map((c) => [c.header, c.target, c.matchedBy]);
}

describe('the aliases', () => {
  it('give every header to one column only', () => {
    const owner = new Map<string, string>();
    for (const c of LEDGER_COLUMNS) {
      for (const h of [c.header, ...c.aliases]) {
        const key = headerKey(h);
        expect(owner.get(key), `“${h}” is both ${owner.get(key)} and ${c.key}`).toBeUndefined();
        owner.set(key, c.key);
      }
    }
  });
});

describe('suggestColumns', () => {
  it('reads the layout of issue #14 by name and alias, and skips 序号', () => {
    expect(targets(['序号', '时间', '活动名称', '活动内容', '参加人数', '责任科室', '备注'])).toEqual([
      ['序号', skip, 'name'],
      ['时间', field('date'), 'alias'],
      ['活动名称', field('title'), 'alias'],
      ['活动内容', field('summary'), 'alias'],
      ['参加人数', field('participantCount'), 'name'],
      ['责任科室', field('department'), 'alias'],
      ['备注', field('details'), 'alias'],
    ]);
  });

  it('takes our own export back column for column, its 编号 as the entry number', () => {
    const columns = suggestColumns(LEDGER_COLUMNS.map((c) => c.header));
    expect(columns.map((c) => c.matchedBy)).toEqual(LEDGER_COLUMNS.map(() => 'name'));
    expect(columns.map((c) => c.target)).toEqual(LEDGER_COLUMNS.map((c) => field(c.key)));
  });

  it('reads 名称（单位） as a metric, and a field name with a bracket as that field', () => {
    expect(targets(['日期', '事项标题', '发放宣传材料（份）', '接待咨询(人次)', '参加人数（人）', '日期时间（必填）'])).toEqual([
      ['日期', field('date'), 'name'],
      ['事项标题', field('title'), 'name'],
      ['发放宣传材料（份）', { kind: 'metric', name: '发放宣传材料', unit: '份' }, 'metric'],
      ['接待咨询(人次)', { kind: 'metric', name: '接待咨询', unit: '人次' }, 'metric'],
      ['参加人数（人）', field('participantCount'), 'alias'],
      // 日期 is taken by the column named so.
      ['日期时间（必填）', skip, 'none'],
    ]);
  });

  it('gives a single-valued field to the column named so, and shows the other as not imported', () => {
    expect(targets(['时间', '活动名称', '日期', '无关列', ''])).toEqual([
      ['时间', skip, 'none'],
      ['活动名称', field('title'), 'alias'],
      ['日期', field('date'), 'name'],
      ['无关列', skip, 'none'],
      ['', skip, 'none'],
    ]);
    expect(targets(['日期', '活动名称', '事项名称', '发放材料（份）', '发放材料（册）']).map((t) => t[2])).toEqual(['name', 'alias', 'none', 'metric', 'none']);
  });

  it('lets several columns go to 详细情况 and 标签', () => {
    expect(targets(['日期', '标题', '备注', '情况说明', '关键词', '活动形式']).map((t) => t[1])).toEqual([
      field('date'),
      field('title'),
      field('details'),
      field('details'),
      field('tags'),
      field('tags'),
    ]);
  });

  it('matches a two-level header on the whole, then its last part, then its first', () => {
    expect(
      targets(['序号', '事项标题', '责任清单·责任领导', '责任清单·责任处室', '活动时间·开始', '活动时间·结束', '宣传情况·发放宣传材料（份）', '行政处罚实施数量（宗）·警告', '行政处罚实施数量（宗）·罚款']),
    ).toEqual([
      ['序号', skip, 'name'],
      ['事项标题', field('title'), 'name'],
      ['责任清单·责任领导', skip, 'none'],
      ['责任清单·责任处室', field('department'), 'alias'],
      ['活动时间·开始', field('date'), 'alias'],
      ['活动时间·结束', field('endDate'), 'alias'],
      ['宣传情况·发放宣传材料（份）', { kind: 'metric', name: '发放宣传材料', unit: '份' }, 'metric'],
      ['行政处罚实施数量（宗）·警告', { kind: 'metric', name: '行政处罚实施数量·警告', unit: '宗' }, 'metric'],
      ['行政处罚实施数量（宗）·罚款', { kind: 'metric', name: '行政处罚实施数量·罚款', unit: '宗' }, 'metric'],
    ]);
  });

  it('uses the 内容摘要 column as the title when a sheet has none (a 学法台账)', () => {
    expect(targets(['学习时间', '学习形式', '学习内容', '主讲人', '参学人员', '学习地点'])).toEqual([
      ['学习时间', field('date'), 'alias'],
      ['学习形式', field('tags'), 'alias'],
      ['学习内容', field('title'), 'alias'],
      ['主讲人', field('details'), 'alias'],
      ['参学人员', field('participantsDesc'), 'alias'],
      ['学习地点', field('location'), 'alias'],
    ]);
    // With a title column, 学习内容 stays the report sentence.
    expect(targets(['学习时间', '学习主题', '学习内容']).map((t) => t[1])).toEqual([field('date'), field('title'), field('summary')]);
  });

  it('ignores spaces, bracket width, letter case and required-column marks', () => {
    expect(targets([' 日 期 ', '*活动名称', '地点：', 'uuid']).map((t) => t[1])).toEqual([field('date'), field('title'), field('location'), field('id')]);
  });
});

describe('isKnownHeader', () => {
  it.each(['序号', '时间', '责任科室', '发放宣传材料（份）', '*日期', '责任清单·责任处室'])('knows %s', (cell) => {
    expect(isKnownHeader(cell)).toBe(true);
  });

  it.each(['', '张三', '2024年普法宣传活动台账（第一季度）', '填表人：张三', '开展活动（2024年）', '2024-03-15'])('does not take %s for a header', (cell) => {
    expect(isKnownHeader(cell)).toBe(false);
  });
});

describe('layoutSignature', () => {
  it('is the same for the same headers however they are spaced, and differs with their order', () => {
    const a = layoutSignature(['序号', '时间', '发放材料(份)', '']);
    expect(layoutSignature([' 序 号', '时间 ', '发放材料（份）'])).toBe(a);
    expect(layoutSignature(['时间', '序号', '发放材料（份）'])).not.toBe(a);
    expect(layoutSignature(['序号时间', '发放材料（份）'])).not.toBe(a);
  });
});

describe('checkMapping', () => {
  const col = (header: string, target: ColumnTarget) => ({ header, target });

  it('accepts a mapping with 日期 and 事项标题 even without 类别', () => {
    expect(checkMapping([col('时间', field('date')), col('活动名称', field('title')), col('备注', field('details')), col('说明', field('details'))], { categoryGiven: false })).toBeNull();
  });

  it('names the two columns mapped to one field', () => {
    expect(checkMapping([col('时间', field('date')), col('日期', field('date')), col('活动名称', field('title'))], { categoryGiven: true })).toBe(
      '“时间”和“日期”都对应到“日期”：每个字段只能对应一列（“详细情况”“标签”除外）。请把其中一列改为“不导入”。',
    );
    expect(checkMapping([col('a', field('title')), col('b', field('title')), col('c', field('title')), col('日期', field('date'))], { categoryGiven: true })).toBe(
      '“a”“b”和“c”都对应到“事项标题”：每个字段只能对应一列（“详细情况”“标签”除外）。请只保留其中一列，其余改为“不导入”。',
    );
  });

  it('names two columns mapped to one metric, whatever their units', () => {
    const metric = (unit: string): ColumnTarget => ({ kind: 'metric', name: '发放宣传材料', unit });
    expect(checkMapping([col('日期', field('date')), col('标题', field('title')), col('材料（份）', metric('份')), col('材料（册）', metric('册'))], { categoryGiven: false })).toBe(
      '“材料（份）”和“材料（册）”都对应到指标“发放宣传材料”：每个指标只能对应一列。请把其中一列改为“不导入”。',
    );
  });

  it('asks for the 日期 column, then the 事项标题 column', () => {
    expect(checkMapping([col('活动名称', field('title'))], { categoryGiven: true })).toBe('没有哪一列对应到“日期”。请在“对应列”中指定日期所在的列。');
    expect(checkMapping([col('时间', field('date')), col('活动名称', skip)], { categoryGiven: true })).toBe('没有哪一列对应到“事项标题”。请在“对应列”中指定事项标题所在的列。');
  });
});

describe('placeColumns', () => {
  it('puts saved targets on the columns by header, in order for a repeated one', () => {
    const saved = [col2('时间', field('date')), col2('备注', field('details')), col2('备注', skip), col2('活动名称', field('title'))];
    expect(placeColumns(['活动名称', '时间', '备注', '备注', '新列'], saved)).toEqual([
      { index: 0, header: '活动名称', target: field('title') },
      { index: 1, header: '时间', target: field('date') },
      { index: 2, header: '备注', target: field('details') },
      { index: 3, header: '备注', target: skip },
      { index: 4, header: '新列', target: skip },
    ]);
  });
});

function col2(header: string, target: ColumnTarget) {
  return { header, target };
}
