import type { ActivityPeriod, LeaderRole } from './activity';

// Built-in templates for the entries offices write again and again. Data, versioned: bump
// ENTRY_TEMPLATES_VERSION when a template changes so a UI that remembers choices can tell.
// Patterns hold {占位} slots the user fills (see fillTemplate); the sentences are in the wording the
// annual reports use, so an entry written from a template reads well in the report as it stands.

export const ENTRY_TEMPLATES_VERSION = 1;

export interface TemplateMetric {
  name: string;
  unit: string;
}

export interface EntryTemplate {
  /** Stable, never shown. */
  key: string;
  /** What the user picks: 集体学法. */
  name: string;
  /** A key of DEFAULT_CATEGORIES. */
  categoryKey: string;
  titlePattern: string;
  summaryPattern: string;
  tags: string[];
  leaderRole: LeaderRole;
  period: ActivityPeriod;
  /** Names and units only; the values are the user's. */
  metrics: TemplateMetric[];
}

/** As `templates.list` returns it: tied to this unit's category. */
export interface ResolvedEntryTemplate extends EntryTemplate {
  categoryId: number;
  categoryName: string;
}

const m = (name: string, unit: string): TemplateMetric => ({ name, unit });

export const ENTRY_TEMPLATES: readonly EntryTemplate[] = [
  {
    key: 'group-study',
    name: '集体学法',
    categoryKey: 'study',
    titlePattern: '集体学法：{学习内容}',
    summaryPattern: '组织{参学范围}集体学习{学习内容}，进一步提高运用法治思维和法治方式推动工作的能力。',
    tags: ['集体学法'],
    leaderRole: '主持',
    period: '',
    metrics: [m('参学', '人'), m('学时', '学时')],
  },
  {
    key: 'law-lecture',
    name: '法治讲座',
    categoryKey: 'study',
    titlePattern: '法治专题讲座：{讲座主题}',
    summaryPattern: '邀请{主讲人}作{讲座主题}专题讲座，{参加范围}参加，切实增强干部职工尊法学法守法用法意识。',
    tags: ['法治讲座'],
    leaderRole: '参加',
    period: '',
    metrics: [m('讲座', '期'), m('参学', '人')],
  },
  {
    key: 'pufa-activity',
    name: '普法宣传活动',
    categoryKey: 'pufa',
    titlePattern: '{主题}普法宣传活动',
    summaryPattern: '围绕{主题}，在{地点}开展普法宣传活动，发放宣传资料{资料份数}份，接待群众咨询{咨询人次}人次。',
    tags: ['普法宣传'],
    leaderRole: '',
    period: '',
    metrics: [m('参与', '人次'), m('发放资料', '份'), m('接待咨询', '人次')],
  },
  {
    key: 'shufa',
    name: '述法',
    categoryKey: 'first-duty',
    titlePattern: '主要负责人述法：{述法会议}',
    summaryPattern: '主要负责人在{述法会议}上述法，报告履行推进法治建设第一责任人职责情况，并接受现场点评。',
    tags: ['述法', '第一责任人'],
    leaderRole: '述法',
    period: '',
    metrics: [m('述法', '人')],
  },
  {
    key: 'enforcement-training',
    name: '执法培训考试',
    categoryKey: 'enforcement',
    titlePattern: '行政执法人员培训及考试：{培训主题}',
    summaryPattern: '组织{参训范围}开展{培训主题}行政执法业务培训和法律知识考试，{参训人数}人参加，{通过人数}人通过考试。',
    tags: ['执法培训', '执法证考试'],
    leaderRole: '',
    period: '',
    metrics: [m('参训', '人'), m('考试通过', '人')],
  },
  {
    key: 'normative-review',
    name: '规范性文件审查',
    categoryKey: 'rules',
    titlePattern: '规范性文件合法性审查：{文件标题}',
    summaryPattern: '对《{文件标题}》进行合法性审查，提出修改意见{意见条数}条，经审查后按程序印发并报送备案。',
    tags: ['规范性文件', '合法性审查'],
    leaderRole: '',
    period: '',
    metrics: [m('审查文件', '件'), m('意见建议', '条')],
  },
  {
    key: 'legal-adviser-review',
    name: '法律顾问审查',
    categoryKey: 'decisions',
    titlePattern: '法律顾问审查：{审查事项}',
    summaryPattern: '提请法律顾问对{审查事项}进行审查，出具法律意见书，为依法决策提供法律保障。',
    tags: ['法律顾问', '合法性审查'],
    leaderRole: '',
    period: '',
    metrics: [m('法律意见', '份')],
  },
  {
    key: 'reconsideration-quarter',
    name: '行政复议（季度汇总）',
    categoryKey: 'disputes',
    titlePattern: '{季度}行政复议、应诉情况',
    summaryPattern: '{季度}办理行政复议案件{复议件数}件，行政诉讼案件{诉讼件数}件，负责人出庭应诉率{出庭应诉率}%。',
    tags: ['行政复议', '行政应诉'],
    leaderRole: '',
    period: 'quarter',
    metrics: [m('行政复议', '件'), m('行政诉讼', '件'), m('出庭应诉率', '%')],
  },
  {
    key: 'hotline-month',
    name: '热线办理（月度汇总）',
    categoryKey: 'disputes',
    titlePattern: '{月份}热线工单办理情况',
    summaryPattern: '{月份}受理12345政务服务便民热线工单{工单件数}件，按时办结率{按时办结率}%。',
    tags: ['12345热线'],
    leaderRole: '',
    period: 'month',
    metrics: [m('热线', '件'), m('按时办结率', '%')],
  },
  {
    key: 'constitution-oath',
    name: '宪法宣誓',
    categoryKey: 'study',
    titlePattern: '宪法宣誓仪式',
    summaryPattern: '组织{宣誓人员}进行宪法宣誓，激励国家工作人员忠于宪法、遵守宪法、维护宪法。',
    tags: ['宪法宣誓'],
    leaderRole: '参加',
    period: '',
    metrics: [m('宣誓', '人')],
  },
  {
    key: 'constitution-day',
    name: '国家宪法日宣传',
    categoryKey: 'pufa',
    titlePattern: '“12·4”国家宪法日宣传活动',
    summaryPattern: '在“12·4”国家宪法日，在{地点}开展宪法宣传活动，发放宣传资料{资料份数}份，接待群众咨询{咨询人次}人次。',
    tags: ['国家宪法日', '宪法宣传周'],
    leaderRole: '',
    period: '',
    metrics: [m('参与', '人次'), m('发放资料', '份'), m('接待咨询', '人次')],
  },
];

const SLOT = /\{([^{}]+)\}/g;

/** The slots a pattern asks for, each once, in order: ['学习内容', '参学范围']. */
export function templateSlots(pattern: string): string[] {
  return [...new Set([...pattern.matchAll(SLOT)].map((match) => match[1] as string))];
}

/** Fills the slots given; a slot left out stays as {名称} so the user sees what is still to write. */
export function fillTemplate(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(SLOT, (whole, slot: string) => values[slot] ?? whole);
}
