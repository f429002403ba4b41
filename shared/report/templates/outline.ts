import { CATEGORY_SUBSECTIONS, entriesSubsection } from './category-subsections';
import type { Body } from './common';
import { DEFAULT_DUTIES, OPENING, PLANS_OPENER, PROBLEMS_OPENER, RATE_RULES, REFERENCES, TITLE } from './common';

// Part 一 follows the chapters of the 纲要 (2021—2025), one "……情况" subsection per default category,
// the usual shape for governments at county level. A successor 纲要 is a new version of this data.

const sub = (key: string) => {
  const c = CATEGORY_SUBSECTIONS.find((s) => s.key === key);
  if (!c) throw new Error(`unknown category subsection ${key}`);
  return entriesSubsection(c, c.outline);
};

export const OUTLINE: Body = {
  schemaVersion: 1,
  description: '按《法治政府建设实施纲要（2021—2025年）》的章节逐项报告，另列存在的问题和下一步工作打算',
  title: TITLE,
  opening: OPENING,
  references: REFERENCES,
  rates: RATE_RULES,
  parts: [
    {
      kind: 'measures',
      id: 'measures',
      heading: '{年度}年推进法治政府建设的主要举措和成效',
      subsections: [
        sub('study'),
        { kind: 'leader', id: 'first-duty', heading: '党政主要负责人履行推进法治建设第一责任人职责情况', categories: ['first-duty'], defaultDuties: DEFAULT_DUTIES },
        ...['functions', 'rules', 'decisions', 'enforcement', 'emergency', 'disputes', 'oversight', 'digital', 'pufa', 'leadership', 'other'].map(sub),
      ],
    },
    { kind: 'problems', id: 'problems', heading: '存在的问题', opener: PROBLEMS_OPENER },
    { kind: 'plans', id: 'plans', heading: '下一步工作打算', opener: PLANS_OPENER },
  ],
};
