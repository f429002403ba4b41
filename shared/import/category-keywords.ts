// Words in a 台账 title that point to a category, for rows of an old 台账 that have no 类别 column.
// Rules name a category by its default key (shared/domain/default-categories.ts), so a unit that
// renames 普法宣传教育 to 法治宣传教育 still gets its rows.
//
// How they are used (guess-category.ts): the longest word found in the title wins, so a specific
// phrase beats a generic one (法治宣传 over 宣传, 谁执法谁普法 over 执法, 执法人员培训 over 培训). At
// equal length the entry that comes first wins; that is why a key may appear twice: the words that
// name a subject are in the first block, and generic words (检查, 监督, 制度, 平台, 宣传, 学习…) in a
// second block below all of them, so 普法中期检查 is 普法 and not 检查.
//
// Decisions worth knowing:
// - Training of enforcement staff (执法人员培训, 执法资格考试, 执法队伍) is 行政执法, as in section 五 of
//   the 纲要; other 法治培训/法律知识培训 is 学法.
// - 合法性审查 is 行政决策, but 规范性文件合法性审查 is 依法行政制度体系 (section 三): 规范性文件 ties at five
//   characters and the rules entry comes before the decisions one.
// - 法制审核 and 重大执法决定 belong to the 三项制度 of 行政执法; 备案审查 of 规范性文件 to 制度体系; 备案
//   alone to 权力制约监督.
// - 负责人出庭应诉 is 矛盾纠纷化解 (section 七), although 主要负责人 points to 第一责任人职责.
// - No words for a whole 法治 ledger (法治建设, 依法治区, 法治工作): they name no one category.

export interface CategoryKeywordRule {
  /** The default category's key. */
  key: string;
  words: string[];
}

export const CATEGORY_KEYWORDS: readonly CategoryKeywordRule[] = [
  // Words that name a subject.
  { key: 'first-duty', words: ['第一责任人', '述法', '述职述法', '年终述法', '主要负责人'] },
  {
    key: 'study',
    words: [
      '习近平法治思想', '理论学习中心组', '中心组学习', '集体学法', '会前学法', '领导干部学法', '学法用法', '学法考法', '学法',
      '集体学习', '专题学习', '法治讲座', '宪法学习', '学习宪法', '学习贯彻', '旁听庭审', '庭审旁听', '法律知识考试', '学法考试',
      '法治培训', '法律知识培训', '学法培训', '专题研讨', '读书班', '宪法宣誓',
    ],
  },
  {
    key: 'pufa',
    words: [
      '谁执法谁普法', '八五普法', '七五普法', '普法', '法治宣传', '普法宣传', '宣传月', '宪法宣传周', '宣传周', '宣传活动',
      '法律进', '送法', '民法典宣传', '12·4', '12•4', '国家宪法日', '宪法日', '以案释法', '法治文化', '法律明白人',
      '法治副校长', '法治课', '法治进校园', '进校园', '进社区', '进乡村', '进企业', '进万家', '青少年法治教育', '法律咨询',
      '宣传资料', '宣传册', '民主法治示范村',
    ],
  },
  {
    key: 'disputes',
    words: [
      '行政复议', '复议', '行政应诉', '出庭应诉', '负责人出庭应诉', '应诉', '行政诉讼', '人民调解', '调解', '信访', '投诉',
      '举报', '热线', '12345', '矛盾纠纷', '纠纷', '仲裁', '诉源治理', '信访积案',
    ],
  },
  { key: 'rules', words: ['规范性文件', '备案审查', '制度建设', '立法', '规章', '立改废', '文件清理', '规范性文件清理'] },
  {
    key: 'decisions',
    words: [
      '重大行政决策', '合法性审查', '合法性审核', '法律顾问', '公职律师', '决策程序', '听证', '专家论证', '社会稳定风险评估',
      '合同审查', '集体讨论决定',
    ],
  },
  {
    key: 'enforcement',
    words: [
      '行政执法', '执法', '执法检查', '执法人员培训', '执法培训', '执法资格', '执法证', '执法队伍', '执法监督', '执法公示',
      '全过程记录', '法制审核', '重大执法决定', '三项制度', '案卷评查', '联合执法', '综合执法', '双随机', '立案', '行政处罚',
      '处罚', '罚款', '行政检查', '行政强制', '专项整治', '整治', '巡查', '查处', '打击',
    ],
  },
  {
    key: 'emergency',
    words: [
      '突发事件', '应急', '应急管理', '应急预案', '应急演练', '应急处置', '安全生产', '演练', '防汛', '抗旱', '森林防火',
      '消防', '防灾减灾', '自然灾害', '地质灾害', '疫情防控',
    ],
  },
  {
    key: 'oversight',
    words: [
      '政务公开', '信息公开', '依申请公开', '政府信息公开', '人大代表建议', '政协委员提案', '建议提案', '人大监督',
      '民主监督', '审计', '内部监督', '社会监督', '舆论监督', '纪检监察', '备案', '制约监督',
    ],
  },
  {
    key: 'digital',
    words: ['数字政府', '数字法治', '信息化', '智慧监管', '互联网+', '大数据', '电子证照', '一网通办', '信息系统'],
  },
  {
    key: 'functions',
    words: [
      '放管服', '营商环境', '简政放权', '行政审批', '权责清单', '权力清单', '责任清单', '负面清单', '证明事项', '告知承诺',
      '政务服务', '机构改革', '事中事后监管', '市场准入',
    ],
  },
  {
    key: 'leadership',
    words: [
      '党组会', '党组会议', '党委会', '常务会议', '专题会议研究', '专题会议', '工作要点', '法治建设领导小组', '领导小组',
      '法治督察', '督察', '年度报告', '考核', '推进机制', '组织领导',
    ],
  },
  { key: 'other', words: ['表彰', '获评', '荣誉称号', '先进集体', '先进个人', '示范创建'] },

  // Generic words: they count only when nothing as long names a subject.
  { key: 'enforcement', words: ['检查', '专项行动', '监管'] },
  { key: 'oversight', words: ['监督'] },
  { key: 'rules', words: ['制度', '清理'] },
  { key: 'digital', words: ['数字', '平台'] },
  { key: 'emergency', words: ['安全'] },
  { key: 'pufa', words: ['宣传'] },
  { key: 'study', words: ['学习', '培训', '讲座'] },
];
