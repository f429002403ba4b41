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

// Aliases are the headers units' own 台账 use (ledger.md, "What units' own Excel 台账 look like").
// Each header belongs to one column only (tests/unit/column-mapping.test.ts checks it). 学习内容 is a
// 内容摘要, not a title: in 学法台账 it lists what was studied and is often long; when a sheet has no
// title column at all, suggestColumns moves the 内容摘要 column to 事项标题 instead.
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    key: 'date',
    header: '日期',
    aliases: ['开始日期', '时间', '活动日期', '活动时间', '开展时间', '日期时间', '学习时间', '宣传时间', '检查时间', '发生时间', '培训时间', '会议时间', '召开时间', '决策时间', '开始时间', '举办时间'],
    required: true,
  },
  { key: 'endDate', header: '结束日期', aliases: ['截止日期', '结束时间', '截止时间'], required: false },
  { key: 'category', header: '类别', aliases: ['分类', '工作类别', '事项类别', '工作分类'], required: true },
  {
    key: 'title',
    header: '事项标题',
    aliases: ['标题', '事项', '活动名称', '工作事项', '活动主题', '主题', '名称', '事项名称', '学习主题', '会议名称', '会议主题', '培训名称', '培训主题', '决策事项名称', '项目名称', '工作名称'],
    required: true,
  },
  {
    key: 'summary',
    header: '内容摘要',
    aliases: ['摘要', '报告用语', '活动内容', '主要内容', '内容', '工作内容', '工作开展情况', '开展情况', '学习内容', '宣传内容', '培训内容', '会议内容', '检查内容', '具体内容', '活动简介', '内容简介'],
    required: false,
  },
  {
    key: 'department',
    header: '承办科室',
    aliases: ['科室', '承办部门', '责任科室', '责任处室', '承办单位', '承办处室', '牵头科室', '牵头部门', '牵头单位', '责任部门', '责任单位', '主办科室', '主办单位', '决策承办单位'],
    required: false,
  },
  { key: 'participantCount', header: '参加人数', aliases: ['人数', '参与人数', '参训人数', '参学人数', '参会人数', '受众人数', '培训人数'], required: false },
  { key: 'location', header: '地点', aliases: ['活动地点', '地址', '学习地点', '开展地点', '会议地点', '培训地点', '宣传地点', '活动场所', '场所'], required: false },
  { key: 'tags', header: '标签', aliases: ['关键词', '关键字', '活动形式', '学习形式', '宣传形式', '形式'], required: false },
  { key: 'metrics', header: '指标', aliases: ['统计指标'], required: false },
  { key: 'details', header: '详细情况', aliases: ['详情', '备注', '情况说明', '备注说明', '说明', '主讲人', '授课人'], required: false },
  {
    key: 'participantsDesc',
    header: '参加人员',
    aliases: ['参加对象', '参加人员说明', '参学人员', '参会人员', '参训人员', '参与人员', '参加范围', '参学对象', '参训对象', '参会对象', '培训对象', '宣传对象', '受众', '受众对象'],
    required: false,
  },
  { key: 'leaderRole', header: '主要负责人参与', aliases: ['主要负责人', '主要负责人参加', '主要负责人参加情况', '主要负责人是否参加'], required: false },
  { key: 'docTitle', header: '文件标题', aliases: ['文件名称', '文件名'], required: false },
  { key: 'docNumber', header: '文号', aliases: ['发文字号', '文件字号', '发文文号', '文件编号'], required: false },
  { key: 'period', header: '统计期间', aliases: ['统计周期', '统计时段'], required: false },
  // Our export's own column: it holds the entry's UUID, so an exported file imports back unchanged.
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
