import { describe, expect, it } from 'vitest';
import { findTable, NO_HEADER_MESSAGE } from '../../shared/import/find-table';
import type { FoundTable } from '../../shared/import/find-table';

// Sheets as the reader hands them over: every cell of a merged range already holds its value.

const KNOWN = new Set(['日期', '时间', '活动名称', '事项标题', '类别', '参加人数', '承办科室', '备注', '序号', '地点', '责任处室']);
const isKnownHeader = (cell: string) => KNOWN.has(cell);

function table(rows: string[][]): FoundTable {
  const result = findTable(rows, isKnownHeader);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

describe('findTable', () => {
  it('finds the header under a merged title, with a two-level [责任清单] heading and 序号 merged over both rows', () => {
    const title = '2024年普法宣传活动台账';
    const rows = [
      Array<string>(7).fill(title),
      [],
      ['序号', '时间', '活动名称', '[责任清单]', '[责任清单]', '[责任清单]', '备 注'],
      ['序号', '时间', '活动名称', '责任领导', '责任人', '责任\n处室', '备 注'],
      ['1', '2024-03-15', '宪法进社区', '王局长', '张三', '法规科', ''],
      ['2', '2024-04-15', '国家安全教育日宣传', '王局长', '李四', '办公室', '线上'],
    ];
    // The lower row names more known columns (责任处室 too); the table still starts at the upper one.
    expect(table(rows)).toEqual({
      headerRow: 2,
      headerRows: 2,
      headers: ['序号', '时间', '活动名称', '[责任清单]·责任领导', '[责任清单]·责任人', '[责任清单]·责任处室', '备注'],
      titleRows: [title],
      bodyRows: [4, 5],
      footerRows: [],
    });
  });

  it('takes the lower level from an upper row whose single headings are not merged down (blank below)', () => {
    const rows = [
      ['序号', '日期', '[参加人员]', '[参加人员]', '备注'],
      ['', '', '领导', '干部职工', ''],
      ['1', '2024-03-15', '2', '30', ''],
    ];
    expect(table(rows)).toMatchObject({ headerRow: 0, headerRows: 2, headers: ['序号', '日期', '[参加人员]·领导', '[参加人员]·干部职工', '备注'], bodyRows: [2] });
  });

  it('does not take a data row with dates or numbers under a merged heading for a second header level', () => {
    const rows = [
      ['序号', '活动名称', '日期', '日期', '参加人数'],
      ['1', '宪法宣传', '2024-03-15', '2024-03-16', '30'],
      ['2', '民法典宣传月', '2024年5月6日', '5月31日', '120'],
    ];
    expect(table(rows)).toMatchObject({ headerRow: 0, headerRows: 1, headers: ['序号', '活动名称', '日期', '日期', '参加人数'], bodyRows: [1, 2] });
    // Nor a data row of text under the run: under a single heading a second level repeats it or is blank.
    const texts = [
      ['类别', '事项标题', '[责任清单]', '[责任清单]'],
      ['普法', '宪法宣传', '张三', '法规科'],
    ];
    expect(table(texts)).toMatchObject({ headerRows: 1, bodyRows: [1] });
  });

  it('drops the notes below the table: 说明, 报表人：张三 联系电话：…, and everything after them', () => {
    const rows = [
      ['日期', '事项标题', '参加人数'],
      ['2024-03-15', '宪法进社区', '30'],
      ['', '', ''],
      ['2024-04-15', '国家安全教育日宣传', '50'],
      ['说明：1.本表每季度报送一次', '说明：1.本表每季度报送一次', '说明：1.本表每季度报送一次'],
      ['2.参加人数按签到表填写'],
      [],
      ['报表人：张三', '', '联系电话：0571-88888888'],
    ];
    expect(table(rows)).toMatchObject({ headerRow: 0, bodyRows: [1, 3], footerRows: [4, 5, 7] });
    const signed = [['日期', '事项标题'], ['2024-03-15', '宪法进社区'], ['', '报 表 人：张三　联系电话：13800000000']];
    expect(table(signed)).toMatchObject({ bodyRows: [1], footerRows: [2] });
  });

  it('skips 合计 rows, however spaced, without ending the table; 说明会 is data', () => {
    const rows = [
      ['类别', '活动名称', '参加人数'],
      ['普法', '说明会', '30'],
      ['合  计', '', '30'],
      ['学法', '中心组学法', '12'],
      ['', '小计：', '12'],
      ['总计', '总计', '42'],
    ];
    expect(table(rows)).toMatchObject({ bodyRows: [1, 3], footerRows: [] });
  });

  it('reads a header on the first row with no title, and a 类别 column merged down (filled by the reader)', () => {
    const rows = [
      ['类别', '日期', '事项标题'],
      ['普法宣传教育', '2024-03-15', '宪法进社区'],
      ['普法宣传教育', '2024-04-15', '国家安全教育日'],
      ['学法', '2024-05-10', '会前学法'],
    ];
    expect(table(rows)).toEqual({ headerRow: 0, headerRows: 1, headers: ['类别', '日期', '事项标题'], titleRows: [], bodyRows: [1, 2, 3], footerRows: [] });
  });

  it('keeps the earlier row on a tie, gives each line above the header one text, and has a header per column of the widest row', () => {
    const rows = [
      ['填报单位：某某区司法局', '填报单位：某某区司法局', '', '2024年'],
      ['日期', '事项标题'],
      ['日期', '事项标题'],
      ['2024-03-15', '宪法进社区', '', '补记'],
    ];
    expect(table(rows)).toEqual({ headerRow: 1, headerRows: 1, headers: ['日期', '事项标题', '', ''], titleRows: ['填报单位：某某区司法局 2024年'], bodyRows: [2, 3], footerRows: [] });
  });

  it('finds no header in a sheet merged into one cell, one with a single known column, or one whose header is below row 30', () => {
    const merged = Array.from({ length: 5 }, () => Array<string>(4).fill('日期'));
    expect(findTable(merged, isKnownHeader)).toEqual({ ok: false, message: NO_HEADER_MESSAGE });
    expect(findTable([['日期', '内容'], ['2024-03-15', 'x']], isKnownHeader)).toEqual({ ok: false, message: NO_HEADER_MESSAGE });
    const late = [...Array.from({ length: 30 }, () => ['']), ['日期', '事项标题']];
    expect(findTable(late, isKnownHeader)).toMatchObject({ ok: false });
    expect(findTable([], isKnownHeader)).toMatchObject({ ok: false });
    expect(NO_HEADER_MESSAGE).toContain('表头所在行');
  });
});
