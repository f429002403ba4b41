import type { MetricKind } from './metric-definition';

// The default metric definitions per category, from the "Typical metrics" column of the 台账 reference
// (shared/domain/ledger.md). Data: migration 2 seeds it; units rename, add, hide and reorder afterwards.
// `counter` marks what offices keep as monthly/quarterly/yearly totals rather than one entry per case.

export interface DefaultMetric {
  name: string;
  unit: string;
  kind: MetricKind;
  counter?: boolean;
}

const count = (name: string, unit: string, counter = false): DefaultMetric => ({ name, unit, kind: 'count', counter });
const rate = (name: string): DefaultMetric => ({ name, unit: '%', kind: 'rate' });
const amount = (name: string, unit: string, counter = false): DefaultMetric => ({ name, unit, kind: 'amount', counter });

/** Keyed by the category key of DEFAULT_CATEGORIES, in the order they are offered. */
export const DEFAULT_METRICS: Readonly<Record<string, readonly DefaultMetric[]>> = {
  study: [count('学法', '次'), count('讲座', '期'), count('参学', '人'), count('学时', '学时'), count('宣誓', '人')],
  'first-duty': [count('述法', '人'), count('会议', '次'), count('听取汇报', '次')],
  functions: [count('事项', '项'), rate('网上可办率'), count('服务企业', '家'), count('信用信息', '条')],
  rules: [count('制定制度', '件'), count('审查文件', '件'), count('备案文件', '件'), count('清理文件', '件'), count('意见建议', '条')],
  decisions: [count('重大决策', '件'), count('审查合同', '份'), count('法律事务', '件'), count('法律意见', '份')],
  enforcement: [
    count('办理案件', '件', true),
    count('执法检查', '家次', true),
    amount('罚款', '万元', true),
    rate('公示率'),
    count('评查案卷', '份'),
    count('参训', '人'),
    count('考试通过', '人'),
  ],
  emergency: [count('预案', '个'), count('演练', '次'), count('排查隐患', '条'), rate('整改率')],
  disputes: [
    count('行政复议', '件', true),
    count('行政诉讼', '件', true),
    rate('出庭应诉率'),
    count('调解', '起', true),
    rate('调解成功率'),
    count('信访', '件', true),
    count('热线', '件', true),
    rate('按时办结率'),
  ],
  oversight: [count('建议提案', '件'), count('公开信息', '条'), count('依申请公开', '件', true), rate('答复率')],
  digital: [count('平台录入', '件', true), rate('覆盖率')],
  pufa: [
    count('开展活动', '次'),
    count('参与', '人次'),
    count('发放资料', '份'),
    count('接待咨询', '人次'),
    count('推送推文', '条'),
    count('短视频', '条'),
    count('短信', '万条'),
  ],
  leadership: [count('会议', '次'), count('印发文件', '份'), count('整改问题', '条'), rate('整改率')],
  other: [],
};
