// The 13 default categories of the 台账 (shared/domain/ledger.md in the reference material), one per
// report subsection of the 纲要-shaped template. This is data: a migration seeds it, units may rename,
// add, hide and reorder afterwards, and an imported row may name a category by any alias.

export interface DefaultCategory {
  /** Stable key, never shown; survives renaming. */
  key: string;
  name: string;
  /** Which part of the 纲要 (2021—2025) it reports under; '' where none. */
  outlinePart: string;
  aliases: string[];
}

export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { key: 'study', name: '学习贯彻习近平法治思想', outlinePart: '一', aliases: ['学法', '学习贯彻', '习近平法治思想', '集体学法', '法治讲座'] },
  { key: 'first-duty', name: '第一责任人职责', outlinePart: '十', aliases: ['第一责任人', '述法', '主要负责人'] },
  { key: 'functions', name: '政府机构职能体系', outlinePart: '二', aliases: ['职能体系', '放管服', '营商环境'] },
  { key: 'rules', name: '依法行政制度体系', outlinePart: '三', aliases: ['制度体系', '规范性文件', '制度建设'] },
  { key: 'decisions', name: '行政决策', outlinePart: '四', aliases: ['重大行政决策', '合法性审查', '法律顾问'] },
  { key: 'enforcement', name: '行政执法', outlinePart: '五', aliases: ['执法', '三项制度', '执法检查'] },
  { key: 'emergency', name: '突发事件应对', outlinePart: '六', aliases: ['应急', '安全生产', '应急管理'] },
  { key: 'disputes', name: '矛盾纠纷化解', outlinePart: '七', aliases: ['复议', '行政复议', '行政应诉', '调解', '信访', '热线'] },
  { key: 'oversight', name: '权力制约监督', outlinePart: '八', aliases: ['制约监督', '政务公开', '监督'] },
  { key: 'digital', name: '数字法治政府', outlinePart: '九', aliases: ['数字政府', '智慧监管', '信息化'] },
  { key: 'pufa', name: '普法宣传教育', outlinePart: '', aliases: ['普法', '法治宣传', '普法宣传', '八五普法'] },
  { key: 'leadership', name: '党的领导与推进机制', outlinePart: '十', aliases: ['党的领导', '推进机制', '组织领导'] },
  { key: 'other', name: '其他', outlinePart: '', aliases: ['荣誉', '示范创建', '队伍建设'] },
];
