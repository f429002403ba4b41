// The spreadsheet layout units already keep their 台账 in (ledger.md, "Spreadsheet import layout"),
// plus the columns our own export adds so that an exported file imports back unchanged.

export type LedgerColumnKey =
  | 'date'
  | 'endDate'
  | 'category'
  | 'title'
  | 'summary'
  | 'department'
  | 'participantCount'
  | 'location'
  | 'tags'
  | 'metrics'
  | 'details'
  | 'participantsDesc'
  | 'leaderRole'
  | 'docTitle'
  | 'docNumber'
  | 'period'
  | 'id';

export interface LedgerColumn {
  key: LedgerColumnKey;
  header: string;
  /** Other headers units use for the same column. */
  aliases: string[];
  required: boolean;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'date', header: '日期', aliases: ['开始日期', '时间', '活动日期'], required: true },
  { key: 'endDate', header: '结束日期', aliases: ['截止日期'], required: false },
  { key: 'category', header: '类别', aliases: ['分类', '工作类别'], required: true },
  { key: 'title', header: '事项标题', aliases: ['标题', '事项', '活动名称', '工作事项'], required: true },
  { key: 'summary', header: '内容摘要', aliases: ['摘要', '报告用语'], required: false },
  { key: 'department', header: '承办科室', aliases: ['科室', '承办部门', '责任科室'], required: false },
  { key: 'participantCount', header: '参加人数', aliases: ['人数', '参与人数'], required: false },
  { key: 'location', header: '地点', aliases: ['活动地点'], required: false },
  { key: 'tags', header: '标签', aliases: [], required: false },
  { key: 'metrics', header: '指标', aliases: ['统计指标'], required: false },
  { key: 'details', header: '详细情况', aliases: ['详情', '备注'], required: false },
  { key: 'participantsDesc', header: '参加人员', aliases: ['参加对象', '参加人员说明'], required: false },
  { key: 'leaderRole', header: '主要负责人参与', aliases: ['主要负责人'], required: false },
  { key: 'docTitle', header: '文件标题', aliases: ['文件名称'], required: false },
  { key: 'docNumber', header: '文号', aliases: ['发文字号'], required: false },
  { key: 'period', header: '统计期间', aliases: [], required: false },
  { key: 'id', header: '编号', aliases: ['UUID'], required: false },
];

/** Headers compare without spaces and regardless of full/half-width brackets. */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .trim();
}

/** 发放宣传材料（份） → a metric column; the unit may be empty: 开展活动（） is refused as no unit. */
export function parseMetricHeader(raw: string): { name: string; unit: string } | null {
  const m = /^(.+?)（([^（）]+)）$/.exec(normalizeHeader(raw));
  if (!m) return null;
  return { name: m[1] as string, unit: m[2] as string };
}

export type HeaderMap =
  | { ok: true; columns: Map<number, LedgerColumnKey>; metricColumns: Map<number, { name: string; unit: string }>; ignored: string[] }
  | { ok: false; message: string };

/** Matches a header row: columns in any order, by name or alias. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns = new Map<number, LedgerColumnKey>();
  const metricColumns = new Map<number, { name: string; unit: string }>();
  const ignored: string[] = [];
  const seen = new Map<LedgerColumnKey, string>();
  headers.forEach((raw, index) => {
    const header = normalizeHeader(raw);
    if (!header) return;
    const column = LEDGER_COLUMNS.find((c) => c.header === header || c.aliases.includes(header));
    if (column) {
      if (seen.has(column.key)) {
        ignored.push(`${raw}（与“${seen.get(column.key)}”重复）`);
        return;
      }
      seen.set(column.key, raw);
      columns.set(index, column.key);
      return;
    }
    const metric = parseMetricHeader(header);
    if (metric) metricColumns.set(index, metric);
    else ignored.push(raw);
  });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  if (missing.length) {
    return {
      ok: false,
      message: `第1行（表头）缺少必需的列：${missing.join('、')}。表头应包含“日期”“类别”“事项标题”，列的顺序不限。`,
    };
  }
  return { ok: true, columns, metricColumns, ignored };
}
