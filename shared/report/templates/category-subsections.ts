// Part 一's subsections, one per default category (shared/domain/default-categories.ts keys), with the
// heading each shape uses: `short` for the five- and three-part templates (parallel phrases chosen for
// a department), `outline` for the 纲要-chapter template ("……情况"). Metric sentences name metrics by
// their default names (shared/domain/metric-defaults.ts); each clause in [ ] appears only with data.

export interface CategorySubsection {
  key: string;
  short: string;
  outline: string;
  metricSentences: string[];
  fallback?: boolean;
}

export const CATEGORY_SUBSECTIONS: readonly CategorySubsection[] = [
  {
    key: 'study',
    short: '深入学习贯彻习近平法治思想',
    outline: '深入学习贯彻习近平法治思想情况',
    metricSentences: ['全年[共开展集体学法{指标:学法}，][举办法治专题讲座{指标:讲座}，][参学{指标:参学}，][组织宪法宣誓{指标:宣誓}]'],
  },
  {
    key: 'functions',
    short: '依法全面履行政府职能',
    outline: '健全政府机构职能体系情况',
    metricSentences: ['全年[梳理公布政务服务事项{指标:事项}，][依申请政务服务事项网上可办率为{指标:网上可办率}，][服务企业{指标:服务企业}]'],
  },
  {
    key: 'rules',
    short: '健全依法行政制度体系',
    outline: '健全依法行政制度体系情况',
    metricSentences: ['全年[制定修订制度{指标:制定制度}，][合法性审查规范性文件{指标:审查文件}，][报备规范性文件{指标:备案文件}，][清理文件{指标:清理文件}]'],
  },
  {
    key: 'decisions',
    short: '推进科学民主依法决策',
    outline: '健全行政决策制度体系情况',
    metricSentences: ['全年[作出重大行政决策{指标:重大决策}，][审查合同{指标:审查合同}，][办理法律事务{指标:法律事务}，][出具法律意见{指标:法律意见}]'],
  },
  {
    key: 'enforcement',
    short: '严格规范公正文明执法',
    outline: '健全行政执法工作体系情况',
    metricSentences: ['全年[评查行政执法案卷{指标:评查案卷}，][组织执法人员培训{指标:参训}，][{指标:考试通过}通过执法资格考试][，通过率为{指标:通过率}]'],
  },
  {
    key: 'emergency',
    short: '依法预防处置突发事件',
    outline: '健全突发事件应对体系情况',
    metricSentences: ['全年[修订完善应急预案{指标:预案}，][开展应急演练{指标:演练}，][排查整改隐患{指标:排查隐患}，][整改率为{指标:整改率}]'],
  },
  { key: 'disputes', short: '依法化解社会矛盾纠纷', outline: '健全社会矛盾纠纷行政预防调处化解体系情况', metricSentences: [] },
  {
    key: 'oversight',
    short: '强化行政权力制约监督',
    outline: '健全行政权力制约和监督体系情况',
    metricSentences: ['全年[办理人大代表建议、政协委员提案{指标:建议提案}，][主动公开政府信息{指标:公开信息}，][答复率为{指标:答复率}]'],
  },
  { key: 'digital', short: '推进数字法治政府建设', outline: '健全法治政府建设科技保障体系情况', metricSentences: [] },
  {
    key: 'pufa',
    short: '深入开展普法宣传教育',
    outline: '落实“谁执法谁普法”普法责任制情况',
    metricSentences: ['全年[共开展普法宣传活动{指标:开展活动}，][参与群众{指标:参与}，][发放宣传资料{指标:发放资料}，][接待法律咨询{指标:接待咨询}，][推送普法信息{指标:推送推文}，][发布普法短视频{指标:短视频}，][发送普法短信{指标:短信}]', '[组织学法用法考试，参考{指标:参加考试}，][考试通过率为{指标:通过率}]'],
  },
  {
    key: 'leadership',
    short: '加强党的领导，完善推进机制',
    outline: '加强党的领导，完善法治政府建设推进机制情况',
    metricSentences: ['全年[召开会议专题研究法治工作{指标:会议}，][印发法治建设文件{指标:印发文件}，][整改督察反馈问题{指标:整改问题}]'],
  },
  { key: 'other', short: '其他工作', outline: '其他工作情况', metricSentences: [], fallback: true },
];

export function entriesSubsection(c: CategorySubsection, heading: string) {
  return { kind: 'entries' as const, id: c.key, heading, categories: [c.key], metricSentences: c.metricSentences, fallback: c.fallback ?? false };
}
