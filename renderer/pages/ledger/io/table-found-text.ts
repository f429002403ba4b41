import type { ImportPreview } from '../../../../shared/domain/ledger-io';

// What the import made of the sheet's layout, in one line, so the user can tell at a glance whether
// the right rows were taken as the header, the title and the notes below.

const TITLE_SHOWN = 40;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_SHOWN ? `${flat.slice(0, TITLE_SHOWN)}…` : flat;
}

export function tableFoundText(table: ImportPreview['table']): string {
  const parts = [`表头在第${table.headerRow}行${table.headerRows > 1 ? '（两行表头）' : ''}`];
  if (table.titleRows.length) parts.push(`跳过标题行：${table.titleRows.map(shorten).join('；')}`);
  if (table.footerRows.length) parts.push(`表格下方的说明等 ${table.footerRows.length} 行不导入`);
  return parts.join('；');
}

const YEAR_FROM: Record<NonNullable<ImportPreview['year']['from']>, string> = {
  input: '手动填写',
  sheet: '取自工作表名称',
  file: '取自文件名',
  title: '取自表格标题',
};

export function yearFromText(year: ImportPreview['year']): string {
  if (year.value === null || year.from === null) return year.needed ? '有的日期没写年份（如“3月20日”），请填写年份' : '';
  const where = YEAR_FROM[year.from];
  return year.needed ? `没写年份的日期按${year.value}年（${where}）` : where;
}
