import type { ReportTemplateBodyInput } from '../../domain/report-template';

// Text every built-in template shares (§3 and §5 of the report reference). The political references
// are data here: a new 党代会 or the successor 纲要 (2026—2030) changes `REFERENCES`, nothing else.

export const REFERENCES = {
  党代会精神: '党的二十大精神',
  纲要: '《法治政府建设实施纲要（2021—2025年）》',
};

export const TITLE = {
  pattern: '{单位}{年度}年法治政府建设情况报告',
  formal: '{单位}关于{年度}年度法治政府建设情况的报告',
  useFormal: false,
};

export const OPENING =
  '{年度}年，{单位}[在{上级}的坚强领导下，]坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻{党代会精神}、习近平法治思想，' +
  '认真落实{纲要}，扎实推进依法行政，各项工作在法治轨道上有序开展。[{开头补充}]现将{年度}年法治政府建设情况报告如下：';

export const PROBLEMS_OPENER = '{年度}年，{单位}法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足，主要表现在：';

export const PLANS_OPENER = '{下年度}年，我单位将继续坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真落实{纲要}，持续推进法治政府建设。';

export const DEFAULT_DUTIES =
  '{单位}主要负责人切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，把法治政府建设纳入全局工作统筹谋划、一体推进。';

/** Rates computed from two stored counts when a unit records both (see numbers/metric-phrases.ts). */
export const RATE_RULES = [
  { name: '通过率', numerator: '考试通过', denominator: '参加考试' },
  { name: '公示率', numerator: '公示案件', denominator: '办理案件' },
  { name: '调解成功率', numerator: '调解成功', denominator: '调解' },
  { name: '整改率', numerator: '完成整改', denominator: '整改问题' },
  { name: '出庭应诉率', numerator: '负责人出庭', denominator: '行政诉讼' },
  { name: '答复率', numerator: '按期答复', denominator: '依申请公开' },
];

export type Body = ReportTemplateBodyInput;
