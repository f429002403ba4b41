import { z } from 'zod';
import { LEADER_ROLES } from './activity';
import { defaultPhraseRules, phraseRulesShape } from './phrase-rules';

// A report template is data, not code: which 台账 categories feed which subsection, the headings, the
// opening paragraph and its policy references. A successor 纲要 (2026—2030) is a new template version,
// never a code change. `schemaVersion` is the shape of this object (what this build can read);
// `version` (kept beside the body) counts the template's own revisions.

export const REPORT_TEMPLATE_SCHEMA_VERSION = 1;

export const TEMPLATE_LIMITS = { heading: 80, sentence: 500, opening: 1500, mapping: 50, subsections: 30, parts: 10, name: 40, reference: 200, references: 30, rateName: 30 } as const;

// eslint-disable-next-line no-control-regex -- a template line must not carry control characters or newlines
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

function lineOf(max: number) {
  return z.string().trim().max(max).regex(NO_CONTROL, { message: '不能含换行或控制字符' });
}

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: '只能用小写字母、数字和连字符，不超过40个字符' });
const heading = lineOf(TEMPLATE_LIMITS.heading).pipe(z.string().min(1));
const sentence = lineOf(TEMPLATE_LIMITS.sentence);

/** Category keys (or, for a unit's own categories, which have no key, their names) and tags. */
const mapping = {
  categories: z.array(lineOf(60).pipe(z.string().min(1))).max(TEMPLATE_LIMITS.mapping).default([]),
  tags: z.array(lineOf(20).pipe(z.string().min(1))).max(TEMPLATE_LIMITS.mapping).default([]),
};

/** Where the principal leader's entries go (part 三, or the folded subsection of part 一). */
const leaderFields = {
  /** Entries whose leaderRole is one of these come here before any category mapping. */
  roles: z.array(z.enum(LEADER_ROLES)).max(3).default([...LEADER_ROLES]),
  /** Used when the year's narrative has no duties paragraph; placeholders allowed. */
  defaultDuties: lineOf(1000).default(''),
};

const entriesSubsection = z
  .object({
    kind: z.literal('entries'),
    id,
    heading,
    ...mapping,
    /** Takes the entries no other subsection maps, so a new category never vanishes from the report. */
    fallback: z.boolean().default(false),
    lead: sentence.default(''),
    /** e.g. "全年共开展普法宣传活动{指标:开展活动}[，发放宣传资料{指标:发放资料}]" */
    metricSentences: z.array(sentence.pipe(z.string().min(1))).max(20).default([]),
    /** Adds a sentence for period counters (cases, 热线) no metric sentence names. */
    autoTotals: z.boolean().default(true),
  })
  .strict();

const leaderSubsection = z.object({ kind: z.literal('leader'), id, heading, ...mapping, ...leaderFields, lead: sentence.default('') }).strict();

export const templateSubsection = z.discriminatedUnion('kind', [entriesSubsection, leaderSubsection]);

const measuresPart = z.object({ kind: z.literal('measures'), id, heading, lead: sentence.default(''), subsections: z.array(templateSubsection).max(TEMPLATE_LIMITS.subsections) }).strict();
const leaderPart = z.object({ kind: z.literal('leader'), id, heading, ...mapping, ...leaderFields }).strict();
const problemsPart = z.object({ kind: z.literal('problems'), id, heading, opener: sentence.default('') }).strict();
const plansPart = z.object({ kind: z.literal('plans'), id, heading, opener: sentence.default('') }).strict();
const otherPart = z.object({ kind: z.literal('other'), id, heading }).strict();

export const templatePart = z.discriminatedUnion('kind', [measuresPart, leaderPart, problemsPart, plansPart, otherPart]);

/** A policy reference's name, written {名称} in the template's texts. */
export const REFERENCE_NAME = /^[\u4e00-\u9fa5A-Za-z0-9]{1,20}$/;
export const REFERENCE_NAME_RULE = '名称只能用汉字、字母或数字，不超过20个';
const referenceName = z.string().regex(REFERENCE_NAME, { message: REFERENCE_NAME_RULE });

const rateRule = z
  .object({
    /** The rate's metric name (unit %), e.g. 通过率. */
    name: lineOf(TEMPLATE_LIMITS.rateName).pipe(z.string().min(1)),
    numerator: lineOf(TEMPLATE_LIMITS.rateName).pipe(z.string().min(1)),
    denominator: lineOf(TEMPLATE_LIMITS.rateName).pipe(z.string().min(1)),
  })
  .strict();

export const reportTemplateBodyShape = z
  .object({
    schemaVersion: z.literal(REPORT_TEMPLATE_SCHEMA_VERSION),
    description: lineOf(500).default(''),
    title: z
      .object({
        pattern: heading,
        /** The 公文 form: 《XX关于20XX年度法治政府建设情况的报告》. */
        formal: heading,
        useFormal: z.boolean().default(false),
      })
      .strict(),
    opening: lineOf(TEMPLATE_LIMITS.opening).pipe(z.string().min(1)),
    /** Policy references used as {名称} in any text: 党代会精神, 纲要 … */
    references: z
      .record(referenceName, lineOf(TEMPLATE_LIMITS.reference).pipe(z.string().min(1)))
      .refine((r) => Object.keys(r).length <= TEMPLATE_LIMITS.references, { message: `最多${TEMPLATE_LIMITS.references}条` })
      .default({}),
    /** Rates computed from stored counts rather than typed percentages. */
    rates: z.array(rateRule).max(TEMPLATE_LIMITS.mapping).default([]),
    /** How entries without a 内容摘要 are written (shared/domain/phrase-rules.ts). */
    phrases: phraseRulesShape.default(defaultPhraseRules),
    parts: z.array(templatePart).min(1).max(TEMPLATE_LIMITS.parts),
  })
  .strict();

export type ReportTemplateBody = z.output<typeof reportTemplateBodyShape>;
export type ReportTemplateBodyInput = z.input<typeof reportTemplateBodyShape>;
export type TemplatePart = z.output<typeof templatePart>;
export type TemplateSubsection = z.output<typeof templateSubsection>;
export type RateRule = z.output<typeof rateRule>;

export interface ReportTemplate {
  id: number;
  /** five-part / three-part / outline for the built-ins; custom-<n> for copies and imports. */
  key: string;
  name: string;
  version: number;
  builtin: boolean;
  updatedAt: string;
  body: ReportTemplateBody;
}

/** A template as a list shows it: no body, and the years whose saved report was made with it. */
export type ReportTemplateSummary = Omit<ReportTemplate, 'body'> & { description: string; usedByYears: number[] };

/** Marks an exported file, so importing some other JSON is refused with a clear reason. */
export const TEMPLATE_FILE_FORMAT = 'fazhi-report-template';
