import { CATEGORY_SUBSECTIONS, entriesSubsection } from './category-subsections';
import type { Body } from './common';
import { DEFAULT_DUTIES, OPENING, PLANS_OPENER, PROBLEMS_OPENER, RATE_RULES, REFERENCES, TITLE } from './common';

// 举措成效 / 存在问题 / 下一步计划, the variant many units use; item 三 of the regulation (the principal
// leader's duties) is folded into part 一 as its own subsection, just before 其他工作.

const measures = CATEGORY_SUBSECTIONS.filter((c) => c.key !== 'other').map((c) => entriesSubsection(c, c.short));
const other = CATEGORY_SUBSECTIONS.filter((c) => c.key === 'other').map((c) => entriesSubsection(c, c.short));

export const THREE_PART: Body = {
  schemaVersion: 1,
  description: '三部分：主要举措和成效（含第一责任人履职）、存在的问题和原因、下一步工作计划',
  title: TITLE,
  opening: OPENING,
  references: REFERENCES,
  rates: RATE_RULES,
  parts: [
    {
      kind: 'measures',
      id: 'measures',
      heading: '{年度}年法治政府建设主要举措和成效',
      subsections: [
        ...measures,
        { kind: 'leader', id: 'leader', heading: '党政主要负责人履行推进法治建设第一责任人职责情况', categories: ['first-duty'], defaultDuties: DEFAULT_DUTIES },
        ...other,
      ],
    },
    { kind: 'problems', id: 'problems', heading: '存在的问题和原因', opener: PROBLEMS_OPENER },
    { kind: 'plans', id: 'plans', heading: '下一步工作计划', opener: PLANS_OPENER },
  ],
};
