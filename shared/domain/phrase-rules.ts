import { z } from 'zod';

// How the report writes an entry that has no 内容摘要: which verb a bare title takes, what a title
// that names no event gets after it, what the year's events of a category are counted as, and how
// each metric's figure is worded. Data, versioned like the entry templates (entry-templates.ts): a
// report template carries its own copy (`phrases`), editable in 管理模板; a template saved before
// these rules existed reads them as DEFAULT_PHRASE_RULES. Raise PHRASE_RULES_VERSION when they change.

// 2: the count nouns name a kind the events' titles are matched against (执法检查和专项整治).
export const PHRASE_RULES_VERSION = 2;

export const PHRASE_LIMITS = { verbs: 100, nouns: 100, categories: 60, metrics: 200, word: 10, words: 30, order: 999 } as const;

// eslint-disable-next-line no-control-regex -- a rule is one short line
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const word = (max: number) => z.string().trim().max(max).regex(NO_CONTROL, { message: '不能含换行或控制字符' });
const required = (max: number) => word(max).pipe(z.string().min(1));

/** A title ending in this noun is an event already ("……专项整治"), done with this verb ("开展"). */
const nounRule = z.object({ ending: required(PHRASE_LIMITS.word), verb: required(PHRASE_LIMITS.word) }).strict();

const categoryRule = z
  .object({
    /** A category key (study, pufa …) or, for a unit's own categories, the category's name. */
    category: required(60),
    /** Put before a title that starts with no verb: 开展 + 民法典进社区. */
    verb: word(PHRASE_LIMITS.word).default(''),
    /** Put after a title that names no event: 民法典进社区 + 宣传活动. */
    suffix: word(PHRASE_LIMITS.word).default(''),
    /** What the year's single events are counted as: 全年共开展 + 普法宣传活动 + 3次. '' = not counted. */
    countNoun: word(PHRASE_LIMITS.words).default(''),
    /** The measure word of that count: 次, 场, 期. */
    countUnit: word(4).default('次'),
  })
  .strict();

const metricRule = z
  .object({
    /** The metric's name as entries carry it: 接待咨询. */
    name: required(30),
    /** How the report words it before the number: 接待群众咨询 (empty: the name itself). */
    words: word(PHRASE_LIMITS.words).default(''),
    /** Its place in a sentence: smaller first; equal keeps the order the user gave. */
    order: z.number().int().min(0).max(PHRASE_LIMITS.order).default(500),
  })
  .strict();

export const phraseRulesShape = z
  .object({
    /** A title starting with one of these keeps its own verb: 开展、组织、召开、印发 … */
    verbs: z.array(required(PHRASE_LIMITS.word)).max(PHRASE_LIMITS.verbs).default([]),
    nouns: z.array(nounRule).max(PHRASE_LIMITS.nouns).default([]),
    categories: z.array(categoryRule).max(PHRASE_LIMITS.categories).default([]),
    metrics: z.array(metricRule).max(PHRASE_LIMITS.metrics).default([]),
  })
  .strict();

export type PhraseRules = z.output<typeof phraseRulesShape>;
export type PhraseRulesInput = z.input<typeof phraseRulesShape>;

const verbs = [
  '开展', '组织', '召开', '举办', '举行', '印发', '制定', '修订', '出台', '发布', '起草', '编制', '建立', '健全', '完善', '成立', '调整',
  '落实', '推进', '推行', '深化', '实施', '参加', '参与', '学习', '传达', '邀请', '聘请', '开设', '设立', '办理', '审查', '评查', '清理',
  '备案', '检查', '排查', '整改', '督查', '督办', '走访', '接待', '受理', '处理', '化解', '调处', '答复', '公开', '公示', '梳理', '编印',
  '发放', '推送', '报送', '听取', '研究', '部署', '加强', '强化', '规范', '提升', '推动', '创建', '打造', '培育', '选派', '签订', '完成',
];

const noun = (ending: string, verb: string) => ({ ending, verb });
const nouns = [
  noun('座谈会', '召开'), noun('推进会', '召开'), noun('部署会', '召开'), noun('专题会', '召开'), noun('会议', '召开'), noun('例会', '召开'),
  noun('听证会', '举行'), noun('宣誓', '组织'), noun('讲座', '举办'), noun('大讲堂', '举办'), noun('讲堂', '举办'), noun('论坛', '举办'),
  noun('培训班', '举办'), noun('培训', '组织'), noun('考试', '组织'), noun('竞赛', '举办'), noun('演练', '组织'), noun('学习', '开展'),
  noun('学法', '开展'), noun('述法', '开展'), noun('检查', '开展'), noun('评查', '开展'), noun('整治', '开展'), noun('行动', '开展'),
  noun('督查', '开展'), noun('排查', '开展'), noun('宣传', '开展'), noun('宣讲', '开展'), noun('活动', '开展'), noun('宣传周', '开展'),
  noun('宣传月', '开展'), noun('调研', '开展'), noun('评估', '开展'), noun('审查', '开展'), noun('清理', '开展'), noun('工作', '开展'),
];

const category = (key: string, verb: string, suffix: string, countNoun: string, countUnit = '次') => ({ category: key, verb, suffix, countNoun, countUnit });
const categories = [
  category('study', '开展', '专题学习', '集体学法'),
  category('first-duty', '开展', '', ''),
  category('functions', '推进', '工作', ''),
  category('rules', '开展', '工作', ''),
  category('decisions', '开展', '工作', ''),
  category('enforcement', '开展', '执法工作', '执法检查和专项整治'),
  category('emergency', '开展', '工作', '应急演练和安全检查'),
  category('disputes', '开展', '工作', ''),
  category('oversight', '开展', '工作', ''),
  category('digital', '推进', '建设', ''),
  category('pufa', '开展', '宣传活动', '普法宣传活动'),
  category('leadership', '开展', '工作', ''),
  category('other', '开展', '工作', ''),
];

const metric = (name: string, words: string, order: number) => ({ name, words, order });
const metrics = [
  // 学法
  metric('学法', '开展集体学法', 10), metric('讲座', '举办法治讲座', 20), metric('参学', '参学', 30), metric('学时', '累计学习', 40), metric('宣誓', '组织宪法宣誓', 50),
  // 第一责任人
  metric('述法', '述法', 10), metric('会议', '召开会议', 20), metric('听取汇报', '听取法治工作汇报', 30),
  // 职能
  metric('事项', '梳理政务服务事项', 10), metric('网上可办率', '网上可办率', 20), metric('服务企业', '服务企业', 30), metric('信用信息', '归集信用信息', 40),
  // 制度
  metric('制定制度', '制定修订制度', 10), metric('审查文件', '合法性审查文件', 20), metric('备案文件', '报备规范性文件', 30), metric('清理文件', '清理文件', 40), metric('意见建议', '提出意见建议', 50),
  // 决策
  metric('重大决策', '作出重大行政决策', 10), metric('审查合同', '审查合同', 20), metric('法律事务', '办理法律事务', 30), metric('法律意见', '出具法律意见', 40),
  // 执法
  metric('执法检查', '开展执法检查', 10), metric('办理案件', '办理案件', 20), metric('罚款', '罚款', 30), metric('公示率', '公示率', 40), metric('评查案卷', '评查案卷', 50),
  metric('参训', '培训执法人员', 60), metric('考试通过', '通过考试', 70),
  // 应急
  metric('预案', '修订应急预案', 10), metric('演练', '开展应急演练', 20), metric('排查隐患', '排查隐患', 30), metric('整改率', '整改率', 40),
  // 纠纷
  metric('行政复议', '办理行政复议', 10), metric('行政诉讼', '办理行政诉讼', 20), metric('出庭应诉率', '出庭应诉率', 30), metric('调解', '调解纠纷', 40),
  metric('调解成功率', '调解成功率', 50), metric('信访', '办理信访', 60), metric('热线', '办理热线工单', 70), metric('按时办结率', '按时办结率', 80),
  // 监督
  metric('建议提案', '办理建议提案', 10), metric('公开信息', '主动公开信息', 20), metric('依申请公开', '办理依申请公开', 30), metric('答复率', '答复率', 40),
  // 数字
  metric('平台录入', '平台录入', 10), metric('覆盖率', '覆盖率', 20),
  // 普法
  metric('开展活动', '开展活动', 10), metric('参与', '参与群众', 20), metric('发放资料', '发放宣传资料', 30), metric('接待咨询', '接待群众咨询', 40),
  metric('推送推文', '推送普法信息', 50), metric('短视频', '发布普法短视频', 60), metric('短信', '发送普法短信', 70),
  // 推进机制
  metric('印发文件', '印发文件', 20), metric('整改问题', '整改问题', 30),
];

/** A fresh copy each call (a template body owns its rules). */
export function defaultPhraseRules(): PhraseRules {
  return phraseRulesShape.parse({ verbs, nouns, categories, metrics });
}

export const DEFAULT_PHRASE_RULES: PhraseRules = defaultPhraseRules();
