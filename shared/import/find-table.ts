// Where the table is in a sheet a unit keeps by hand: a merged title above it, a header row (or two,
// when a merged group heading such as “[责任清单]” stands over 责任领导 / 责任人 / 责任处室), the data,
// 合计 rows among it, and notes (说明, 报表人, 联系电话 …) below it. The reader has already copied each
// merged range's value into every cell it covers, which is what the rules below rely on.

export interface FoundTable {
  /** 0-based index into rows of the (first) header row. */
  headerRow: number;
  /** 2 when the next row is a second header level. */
  headerRows: 1 | 2;
  /** One per column (as many as the widest row), whitespace removed, two levels joined "上级·下级". */
  headers: string[];
  /** Texts of the non-blank rows above the header, one per row (a merged title gives one text). */
  titleRows: string[];
  /** 0-based indexes of the data rows, in order: blank rows, notes and 合计/总计/小计 rows left out. */
  bodyRows: number[];
  /** 0-based indexes of the notes below the table that were dropped (blank rows among them left out). */
  footerRows: number[];
}

export type FindTableResult = { ok: true; table: FoundTable } | { ok: false; message: string };

type Rows = readonly (readonly string[])[];

/** Rows searched for the header: a title and a few lines about the unit come first, never pages of them. */
export const HEADER_SEARCH_ROWS = 30;

export const NO_HEADER_MESSAGE = `没有找到表头：前${HEADER_SEARCH_ROWS}行中没有一行像表头（至少要有“日期”“事项标题”这样的两列）。请确认工作表中有表头行；如果表头用的是本单位自己的列名，请在导入设置中填写“表头所在行”（命令行用 --header-row 行号），再逐列指定导入为哪一项。`;

/** Header text as compared and shown: line breaks, spaces and full-width spaces inside the cell removed. */
export function cleanHeader(cell: string): string {
  return cell.replace(/[\s\u3000]+/g, '');
}

function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

function filled(row: readonly string[]): string[] {
  return row.map((c) => c.trim()).filter((c) => c !== '');
}

/** One text merged across the row (every cell with content holds the same text): a title, never a header. */
function isTitleRow(row: readonly string[]): boolean {
  const texts = filled(row);
  return texts.length > 0 && texts.every((t) => t === texts[0]);
}

/** The row's text as one line: a merged range's copies count once. */
function rowText(row: readonly string[]): string {
  return [...new Set(filled(row))].join(' ');
}

function knownCount(row: readonly string[], isKnownHeader: (cell: string) => boolean): number {
  const known = new Set<string>();
  for (const cell of row) {
    const text = cleanHeader(cell);
    if (text && isKnownHeader(text)) known.add(text);
  }
  return known.size;
}

// Values a data row has and a header never does: dates, numbers, tick marks.
const DATE_LIKE = /^(\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?|\d{1,2}月\d{1,2}日|\d{4}年)$/;
const NUMBER_LIKE = /^[-+]?\d+([.,]\d+)*%?$/;
const TICK_LIKE = /^[√✓✔×✗■□☑☐]+$/;

function looksLikeData(text: string): boolean {
  return DATE_LIKE.test(text) || NUMBER_LIKE.test(text) || TICK_LIKE.test(text);
}

/** Runs of two or more adjacent cells with the same text: horizontally merged group headings. */
function mergedRuns(row: readonly string[], width: number): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let from = 0;
  for (let c = 1; c <= width; c++) {
    const text = cleanHeader(row[from] ?? '');
    if (c < width && cleanHeader(row[c] ?? '') === text) continue;
    if (text && c - from >= 2) runs.push({ from, to: c - 1 });
    from = c;
  }
  return runs;
}

/**
 * Whether `lower` is the second level under `upper`: some merged run of `upper` has distinct
 * headings under it, nothing in `lower` looks like data, and under a single-column heading `lower`
 * holds only that heading again (a vertical merge) or nothing, as a data row would not.
 */
function isSecondLevel(upper: readonly string[], lower: readonly string[] | undefined, width: number): boolean {
  if (!lower || isTitleRow(upper)) return false;
  const runs = mergedRuns(upper, width);
  if (runs.length === 0) return false;
  const inRun = new Array<boolean>(width).fill(false);
  for (const run of runs) for (let c = run.from; c <= run.to; c++) inRun[c] = true;
  for (let c = 0; c < width; c++) {
    const below = cleanHeader(lower[c] ?? '');
    if (!below) continue;
    if (looksLikeData(below)) return false;
    const above = cleanHeader(upper[c] ?? '');
    if (!inRun[c] && above && below !== above) return false;
  }
  return runs.some((run) => {
    const above = cleanHeader(upper[run.from] ?? '');
    const below: string[] = [];
    for (let c = run.from; c <= run.to; c++) below.push(cleanHeader(lower[c] ?? ''));
    return below.every((t) => t !== '' && t !== above) && new Set(below).size === below.length;
  });
}

function joinLevels(upper: string, lower: string): string {
  if (!lower || lower === upper) return upper;
  if (!upper) return lower;
  return `${upper}·${lower}`;
}

// Notes under a table start with one of these (compared with spaces removed: "说  明：" is 说明：).
const FOOTER_PREFIXES = ['填表说明', '注：', '注:', '备注：', '备注:', '报表人', '填报人', '填表人', '制表人', '审核人', '负责人：', '负责人:', '单位负责人', '联系电话', '填报日期', '填报单位'];
// 说明 alone also begins ordinary titles (说明会), so only as a heading: alone, or before punctuation or a number.
const FOOTER_EXPLANATION = /^说明($|[：:、，,.．。;；（(\d一二三四五六七八九])/;
const TOTAL_ROW = /^(合计|总计|小计)[：:]?$/;

function firstText(row: readonly string[]): string {
  for (const cell of row) {
    const text = cleanHeader(cell);
    if (text) return text;
  }
  return '';
}

function isFooter(row: readonly string[]): boolean {
  const first = firstText(row);
  return FOOTER_EXPLANATION.test(first) || FOOTER_PREFIXES.some((p) => first.startsWith(p));
}

/** The header row: the one with the most known headings (at least 2) among the first rows; the earlier on a tie. */
function bestHeaderRow(rows: Rows, isKnownHeader: (cell: string) => boolean): number | null {
  let best: number | null = null;
  let bestCount = 1;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const row = rows[r]!;
    if (isTitleRow(row)) continue;
    const count = knownCount(row, isKnownHeader);
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The table in a sheet. `givenHeaderRow` (0-based) is the user's answer when the header is not
 * recognised (their own column names): that row is the header, a second level still joined under it.
 */
export function findTable(rows: Rows, isKnownHeader: (cell: string) => boolean, givenHeaderRow?: number): FindTableResult {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (givenHeaderRow !== undefined && (givenHeaderRow >= rows.length || isBlank(rows[givenHeaderRow]!))) {
    return { ok: false, message: `第${givenHeaderRow + 1}行是空的（或不在表中），不能作为表头。请填写表头所在的行号。` };
  }
  const best = givenHeaderRow ?? bestHeaderRow(rows, isKnownHeader);
  if (best === null) return { ok: false, message: NO_HEADER_MESSAGE };
  // The lower level of a two-level header can name more known columns than the upper one does (its
  // vertically merged headings are copies of the upper's); the upper must then name one itself.
  const above = best > 0 && givenHeaderRow === undefined ? rows[best - 1]! : null;
  const headerRow = above && knownCount(above, isKnownHeader) > 0 && isSecondLevel(above, rows[best], width) ? best - 1 : best;
  const upper = rows[headerRow]!;
  const lower = rows[headerRow + 1];
  const headerRows = isSecondLevel(upper, lower, width) ? 2 : 1;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const heading = cleanHeader(upper[c] ?? '');
    headers.push(headerRows === 2 ? joinLevels(heading, cleanHeader(lower?.[c] ?? '')) : heading);
  }
  const titleRows = rows
    .slice(0, headerRow)
    .filter((row) => !isBlank(row))
    .map(rowText);
  const bodyRows: number[] = [];
  const footerRows: number[] = [];
  for (let r = headerRow + headerRows; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlank(row)) continue;
    if (footerRows.length > 0 || isFooter(row)) footerRows.push(r);
    else if (!TOTAL_ROW.test(firstText(row))) bodyRows.push(r);
  }
  return { ok: true, table: { headerRow, headerRows, headers, titleRows, bodyRows, footerRows } };
}
