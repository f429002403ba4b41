import { z } from 'zod';
import { year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import type { Activity, DatePrecision, LeaderRole } from './activity';
import { entryDateText } from './entry-date-text';
import type { EntryMetric } from './metric';

// The ledger tables inspectors expect (shared/domain/ledger.md, "Ledger tables inspectors expect"):
// which entries go to which table, and each table's columns, filled from the entry's own fields.
// All of it is data here; a cell the log has nothing for stays empty (never invented).

export const LEDGER_TABLE_KEYS = ['study', 'shufa', 'pufa', 'rules', 'decisions', 'counsel', 'rectification'] as const;
export type LedgerTableKey = (typeof LEDGER_TABLE_KEYS)[number];

/** One way an entry qualifies; every condition given must hold. */
export interface LedgerMatchClause {
  /** The entry's category key (default-categories.ts) is one of these. */
  categoryKeys?: readonly string[];
  /** The title or one of the tags contains one of these. */
  keywords?: readonly string[];
  /** One of the tags contains one of these. */
  tagKeywords?: readonly string[];
  leaderRole?: Exclude<LeaderRole, ''>;
  /** The entry names a document produced (文件标题). */
  hasDocTitle?: boolean;
}

export interface LedgerTableSpec {
  key: LedgerTableKey;
  /** The sheet name and the title's last words: “XX单位2024年学法台账”. */
  name: string;
  /** Exactly as ledger.md lists them, in order. */
  columns: readonly string[];
  /** An entry belongs to the table if any clause matches. */
  anyOf: readonly LedgerMatchClause[];
}

export const LEDGER_TABLES: readonly LedgerTableSpec[] = [
  {
    key: 'study',
    name: '学法',
    columns: ['时间', '学法形式', '学习内容', '主讲人', '参学人员/人数', '学时', '佐证'],
    anyOf: [{ categoryKeys: ['study'] }, { keywords: ['学法', '讲座', '培训'] }],
  },
  {
    key: 'shufa',
    name: '述法',
    columns: ['时间', '述法人/职务', '形式', '点评人', '点评意见', '整改事项'],
    anyOf: [{ leaderRole: '述法' }, { keywords: ['述法'] }],
  },
  {
    key: 'pufa',
    name: '普法活动',
    columns: ['时间', '地点', '主题', '形式', '主办/协办', '对象', '参与人次', '发放资料份数', '咨询人次', '佐证'],
    anyOf: [{ categoryKeys: ['pufa'] }, { tagKeywords: ['普法'] }],
  },
  {
    key: 'rules',
    name: '规范性文件/合法性审查',
    columns: ['文件名称', '起草科室', '审查日期', '审查意见', '文号', '备案日期', '清理结果'],
    anyOf: [
      { categoryKeys: ['rules', 'decisions'], keywords: ['审查', '规范性文件'] },
      { categoryKeys: ['rules', 'decisions'], hasDocTitle: true },
      { keywords: ['规范性文件', '合法性审查'] },
    ],
  },
  {
    key: 'decisions',
    name: '重大行政决策',
    columns: ['决策事项', '五程序各自完成日期', '公布日期'],
    anyOf: [{ keywords: ['重大行政决策', '重大决策'] }, { categoryKeys: ['decisions'], keywords: ['决策'] }],
  },
  {
    key: 'counsel',
    name: '法律顾问',
    columns: ['日期', '事项类型', '名称', '意见', '结果'],
    anyOf: [{ keywords: ['法律顾问', '合同审查', '公职律师'] }],
  },
  {
    key: 'rectification',
    name: '问题整改',
    columns: ['问题来源', '问题描述', '整改措施', '责任人', '时限', '状态', '佐证'],
    anyOf: [{ keywords: ['整改'] }],
  },
];

/** The sheet with every entry, whether or not it is in a ledger table. */
export const ALL_ENTRIES_TABLE = {
  name: '全部台账',
  columns: ['日期', '结束日期', '类别', '事项标题', '内容摘要', '承办科室', '参加人员', '参加人数', '地点', '主要负责人参与', '文件标题', '文号', '标签', '指标', '佐证', '所属台账'],
} as const;

/** Words that, found in the title or tags, name the form of an event (never guessed otherwise). */
export const LEDGER_FORM_WORDS: Readonly<Partial<Record<LedgerTableKey, readonly string[]>>> = {
  study: ['中心组学法', '中心组学习', '会前学法', '集体学法', '专题讲座', '法治讲座', '任前法律考试', '宪法宣誓', '培训', '线上学法', '旁听庭审'],
  shufa: ['述职述法', '会议述法', '书面述法', '现场述法', '述法'],
  pufa: ['主题日', '宣传日', '宣传月', '进机关', '进乡村', '进社区', '进校园', '进企业', '进单位', '进网络', '入户宣传', '新媒体', '以案释法', '讲座', '现场宣传', '主题宣传', '咨询', '宣传'],
  counsel: ['合同审查', '合法性审查', '法律咨询', '法律意见', '参与诉讼', '法律顾问', '公职律师'],
  rectification: ['督察', '巡察', '巡视', '审计', '考核', '评查', '检查'],
};

/** The five procedures of a 重大行政决策. */
export const DECISION_PROCEDURES = ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定'] as const;

/** Which metric fills which column: the first metric whose name contains one of the words. */
export const LEDGER_METRIC_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  学时: ['学时'],
  参与人次: ['参与', '参加'],
  发放资料份数: ['发放'],
  咨询人次: ['咨询'],
};

/** What the assignment needs to know about an entry. */
export interface LedgerEntryFacts {
  categoryKey: string | null;
  title: string;
  tags: readonly string[];
  leaderRole: LeaderRole;
  docTitle: string;
}

function clauseMatches(c: LedgerMatchClause, e: LedgerEntryFacts): boolean {
  if (c.categoryKeys && !(e.categoryKey !== null && c.categoryKeys.includes(e.categoryKey))) return false;
  if (c.keywords && !c.keywords.some((k) => e.title.includes(k) || e.tags.some((t) => t.includes(k)))) return false;
  if (c.tagKeywords && !c.tagKeywords.some((k) => e.tags.some((t) => t.includes(k)))) return false;
  if (c.leaderRole && e.leaderRole !== c.leaderRole) return false;
  if (c.hasDocTitle && !e.docTitle) return false;
  return true;
}

/** The ledger tables an entry belongs to, in table order; none is fine (it is then only in 全部台账). */
export function ledgerTablesOf(e: LedgerEntryFacts): LedgerTableKey[] {
  return LEDGER_TABLES.filter((t) => t.anyOf.some((c) => clauseMatches(c, e))).map((t) => t.key);
}

/** The evidence an entry has, by kind in the order first attached. */
export interface EvidenceCount {
  kind: string;
  count: number;
}

/** “照片3、签到表1（共4件）”; '' when there is none. */
export function evidenceText(evidence: readonly EvidenceCount[]): string {
  const total = evidence.reduce((n, e) => n + e.count, 0);
  if (total === 0) return '';
  return `${evidence.map((e) => `${e.kind}${e.count}`).join('、')}（共${total}件）`;
}

type Dated = Pick<Activity, 'date' | 'endDate'> & { datePrecision?: DatePrecision };

/** “2024-03-15” or “2024-03-15至2024-03-20”; an entry known only to the month or year as written: “2025年7月”. */
export function whenText(a: Dated): string {
  if (a.datePrecision && a.datePrecision !== 'day') return entryDateText(a.date, a.endDate, a.datePrecision);
  return a.endDate && a.endDate !== a.date ? `${a.date}至${a.endDate}` : a.date;
}

/** The one date a column holds (审查日期, 公布日期): the day, or the month or year as written. */
function dayText(a: Dated): string {
  return a.datePrecision && a.datePrecision !== 'day' ? entryDateText(a.date, a.date, a.datePrecision) : a.date;
}

/** The end (时限): the day, or the last month or the year as written. */
function endText(a: Dated): string {
  if (a.endDate === null) return '';
  return a.datePrecision && a.datePrecision !== 'day' ? entryDateText(a.endDate, a.endDate, a.datePrecision) : a.endDate;
}

function metricCell(m: EntryMetric | undefined): string | number {
  if (!m) return '';
  return m.approximate ? `${m.value}余` : m.value;
}

/** The first metric whose name contains one of the column's words. */
export function metricFor(a: Pick<Activity, 'metrics'>, column: string): EntryMetric | undefined {
  const words = LEDGER_METRIC_COLUMNS[column] ?? [column];
  return a.metrics.find((m) => words.some((w) => m.name.includes(w)));
}

function firstWord(words: readonly string[] | undefined, a: Pick<Activity, 'title' | 'tags'>): string {
  return (words ?? []).find((w) => a.title.includes(w) || a.tags.some((t) => t.includes(w))) ?? '';
}

function mentions(a: Pick<Activity, 'title' | 'summary' | 'tags'>, word: string): boolean {
  return a.title.includes(word) || a.summary.includes(word) || a.tags.some((t) => t.includes(word));
}

/** 《docTitle》 when the entry names a document, else its title. */
function documentName(a: Pick<Activity, 'docTitle' | 'title'>): string {
  return a.docTitle ? `《${a.docTitle}》` : a.title;
}

function participants(a: Pick<Activity, 'participantsDesc' | 'participantCount'>): string {
  const count = a.participantCount === null ? '' : `${a.participantCount}人`;
  if (a.participantsDesc && count) return `${a.participantsDesc}（${count}）`;
  return a.participantsDesc || count;
}

/** The principal leader, when the entry says they gave the 述法. */
export interface LedgerUnitFacts {
  leaderName: string;
  leaderTitle: string;
}

export type LedgerCell = string | number;

/** One entry's row in one ledger table, cell for cell with LEDGER_TABLES' columns. */
export function ledgerRow(key: LedgerTableKey, a: Activity, evidence: readonly EvidenceCount[], unit: LedgerUnitFacts): LedgerCell[] {
  const proof = evidenceText(evidence);
  switch (key) {
    case 'study':
      return [whenText(a), firstWord(LEDGER_FORM_WORDS.study, a), a.summary || a.title, '', participants(a), metricCell(metricFor(a, '学时')), proof];
    case 'shufa': {
      const speaker = a.leaderRole === '述法' ? [unit.leaderName, unit.leaderTitle].filter(Boolean).join('/') : '';
      return [whenText(a), speaker, firstWord(LEDGER_FORM_WORDS.shufa, a), '', '', ''];
    }
    case 'pufa': {
      const people = metricFor(a, '参与人次');
      return [
        whenText(a),
        a.location,
        a.title,
        firstWord(LEDGER_FORM_WORDS.pufa, a),
        a.department,
        a.participantsDesc,
        people ? metricCell(people) : (a.participantCount ?? ''),
        metricCell(metricFor(a, '发放资料份数')),
        metricCell(metricFor(a, '咨询人次')),
        proof,
      ];
    }
    case 'rules':
      return [documentName(a), a.department, mentions(a, '审查') ? dayText(a) : '', '', a.docNumber, mentions(a, '备案') ? dayText(a) : '', ''];
    case 'decisions': {
      const steps = DECISION_PROCEDURES.filter((p) => mentions(a, p)).map((p) => `${p}：${dayText(a)}`);
      const published = ['公布', '印发', '发布'].some((w) => mentions(a, w)) ? dayText(a) : '';
      return [documentName(a), steps.join('；'), published];
    }
    case 'counsel':
      return [whenText(a), firstWord(LEDGER_FORM_WORDS.counsel, a), documentName(a), '', ''];
    case 'rectification':
      return [firstWord(LEDGER_FORM_WORDS.rectification, a), a.summary || a.title, a.details, a.department, endText(a), '', proof];
  }
}

/** The 全部台账 row, with the names of the ledger tables the entry is in. */
export function allEntriesRow(a: Activity, evidence: readonly EvidenceCount[], tables: readonly LedgerTableKey[]): LedgerCell[] {
  // As the ledger's own export writes it (write-ledger-xlsx.ts): a month or year as written, no end date.
  const asWritten = a.datePrecision !== 'day';
  return [
    asWritten ? entryDateText(a.date, a.endDate, a.datePrecision) : a.date,
    asWritten ? '' : (a.endDate ?? ''),
    a.categoryName,
    a.title,
    a.summary,
    a.department,
    a.participantsDesc,
    a.participantCount ?? '',
    a.location,
    a.leaderRole,
    a.docTitle ? `《${a.docTitle}》` : '',
    a.docNumber,
    a.tags.join('；'),
    a.metrics.map((m) => `${m.name}=${m.value}${m.approximate ? '余' : ''}${m.unit}`).join(';'),
    evidenceText(evidence),
    tables.map((k) => LEDGER_TABLES.find((t) => t.key === k)!.name).join('、'),
  ];
}

// ---- Operations ----

/** xlsx: one sheet per ledger type plus 全部台账; docx: one table per ledger type, A4 landscape. */
export const LEDGER_TABLE_FORMATS = ['xlsx', 'docx'] as const;

export const ledgerTablesExportInput = z.object({ year, format: z.enum(LEDGER_TABLE_FORMATS).optional() }).strict();
export const ledgerEvidenceExportInput = z.object({ year, categoryId: z.number().int().positive().optional() }).strict();

export interface LedgerTablesExport {
  exportId: string;
  fileName: string;
  /** Entries in the year (the 全部台账 rows). */
  rows: number;
  /** Rows per ledger table, in table order. */
  tables: { name: string; rows: number }[];
}

export interface LedgerEvidenceExport {
  exportId: string;
  fileName: string;
  /** Files in the package (the index and SHA256SUMS not counted). */
  files: number;
  /** Entries with at least one file. */
  entries: number;
  /** Listed files whose stored copy was not found; listed in the index as missing. */
  missing: number;
  bytes: number;
}

export const LEDGER_TABLES_LABELS: FieldLabels = { year: '年度', format: '格式', categoryId: '类别' };
