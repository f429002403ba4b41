import { z } from 'zod';
import { dateProblem, line, text, year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// The parts of the report a person writes each year (二 存在的不足, 四 下一年度安排, 五 其他, the
// duties paragraph of 三, the superior named in the opening), kept per year so that next January the
// app can show last year's plan beside this year's log.

export const NARRATIVE_LIMITS = { paragraph: 3000, items: 20, preface: 1000, superior: 60, signature: 60, other: 3000 } as const;

export interface ReportNarrative {
  /** Inserted into the opening before "现将……报告如下：" (honours of the year, a goal phrase). */
  preface: string;
  /** 上级: the opening's "在[上级]的坚强领导下". */
  superior: string;
  /** The editable paragraph of part 三 on how the principal leader carried out the 第一责任人 duties. */
  dutiesParagraph: string;
  /** 二: 2–4 problems, each a short run-in heading plus its cause. */
  problems: string[];
  /** 四: next year's plan, one paragraph per item. */
  plans: string[];
  /** 五: usually "无。". */
  other: string;
  /** 署名; the unit's name when empty. */
  signature: string;
  /** 成文日期 as YYYY-MM-DD; the day of assembly when empty. */
  date: string;
}

export const EMPTY_NARRATIVE: ReportNarrative = { preface: '', superior: '', dutiesParagraph: '', problems: [], plans: [], other: '无。', signature: '', date: '' };

const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** Accepts 2025-01-20 or 2025年1月20日; stores 2025-01-20. */
export const narrativeDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return '';
    const m = CN_DATE.exec(v);
    const iso = m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : v;
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateProblem(iso) : '应写成“2025-01-20”或“2025年1月20日”';
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, input: v });
      return z.NEVER;
    }
    return iso;
  });

const paragraphs = z.array(text(NARRATIVE_LIMITS.paragraph).transform((s) => s.trim()).pipe(z.string().min(1))).max(NARRATIVE_LIMITS.items);

export const narrativeFields = {
  preface: text(NARRATIVE_LIMITS.preface).transform((s) => s.trim()),
  superior: line(NARRATIVE_LIMITS.superior),
  dutiesParagraph: text(NARRATIVE_LIMITS.paragraph).transform((s) => s.trim()),
  problems: paragraphs,
  plans: paragraphs,
  other: text(NARRATIVE_LIMITS.other).transform((s) => s.trim() || '无。'),
  signature: line(NARRATIVE_LIMITS.signature),
  date: narrativeDate,
};

export const narrativeGetInput = z.object({ year }).strict();

export const narrativeSetInput = z
  .object({
    year,
    preface: narrativeFields.preface.optional(),
    superior: narrativeFields.superior.optional(),
    dutiesParagraph: narrativeFields.dutiesParagraph.optional(),
    problems: narrativeFields.problems,
    plans: narrativeFields.plans,
    other: narrativeFields.other.default('无。'),
    signature: narrativeFields.signature.optional(),
    date: narrativeDate.optional(),
  })
  .strict();

export type NarrativeSetInput = z.input<typeof narrativeSetInput>;

export interface NarrativeView {
  year: number;
  narrative: ReportNarrative;
  /** Null until the year's narrative is first saved. */
  updatedAt: string | null;
  /** Last year's 四 (the plans), to show beside this year's log. */
  lastYearPlans: string[];
}

export const NARRATIVE_FIELD_LABELS: FieldLabels = {
  year: '年度',
  preface: '开头补充',
  superior: '上级机关',
  dutiesParagraph: '第一责任人职责段',
  problems: '存在的问题',
  plans: '下一年度安排',
  other: '其他需要报告的情况',
  signature: '署名',
  date: '成文日期',
};
