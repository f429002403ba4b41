import { CATEGORY_SUBSECTIONS, entriesSubsection } from './category-subsections';
import type { Body } from './common';
import { DEFAULT_DUTIES, OPENING, PLANS_OPENER, PROBLEMS_OPENER, RATE_RULES, REFERENCES, TITLE } from './common';

// The five content items of 《法治政府建设与责任落实督察工作规定》 as the five parts: the safest default.

export const FIVE_PART: Body = {
  schemaVersion: 1,
  description: '法定五项内容：主要举措和成效、不足和原因、第一责任人履职、下一年度安排、其他',
  title: TITLE,
  opening: OPENING,
  references: REFERENCES,
  rates: RATE_RULES,
  parts: [
    { kind: 'measures', id: 'measures', heading: '{年度}年度推进法治政府建设的主要举措和成效', subsections: CATEGORY_SUBSECTIONS.map((c) => entriesSubsection(c, c.short)) },
    { kind: 'problems', id: 'problems', heading: '{年度}年度推进法治政府建设存在的不足和原因', opener: PROBLEMS_OPENER },
    {
      kind: 'leader',
      id: 'leader',
      heading: '{年度}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      categories: ['first-duty'],
      defaultDuties: DEFAULT_DUTIES,
    },
    { kind: 'plans', id: 'plans', heading: '{下年度}年度推进法治政府建设的主要安排', opener: PLANS_OPENER },
    { kind: 'other', id: 'other', heading: '其他需要报告的情况' },
  ],
};
