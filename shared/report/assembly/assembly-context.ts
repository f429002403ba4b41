import type { EnumerationStyle, ReportSubsectionInfo, ReportWarning } from '../../domain/report-draft';
import type { Placeholder, PlaceholderResolver } from '../text/placeholders';
import { fillTemplateText, placeholderLabel } from '../text/placeholders';
import { ensureSentenceEnd, normalizePunctuation } from '../text/punctuation';
import type { AssemblyInput } from './assembly-input';

// State shared by the part builders of one assembly: the input, the warnings collected so far, and
// the subsections met (for the style and keep/omit switches of the preview).

export interface AssemblyContext {
  input: AssemblyInput;
  warnings: ReportWarning[];
  subsections: ReportSubsectionInfo[];
  warn(w: ReportWarning): void;
  /** Template text with the unit's facts filled in; `more` resolves metric placeholders. */
  fill(text: string, key: string, more?: PlaceholderResolver): { text: string; missing: Placeholder[]; filled: Placeholder[] };
  /** Text from the log or a narrative, punctuation normalised; says so when it changed anything. */
  clean(text: string, key: string, where: string, activityIds?: string[]): string;
  chosenStyle(groupKey: string): EnumerationStyle | undefined;
}

export function fieldResolver(input: AssemblyInput): PlaceholderResolver {
  const { unit, year, narrative, template } = input;
  const fields: Record<string, string> = {
    单位: unit.name,
    年度: String(year),
    下年度: String(year + 1),
    上级: narrative.superior,
    主要负责人: `${unit.leaderTitle}${unit.leaderName}`,
    开头补充: ensureSentenceEnd(normalizePunctuation(narrative.preface).text),
    ...template.references,
  };
  return (p) => (p.kind === 'field' ? fields[p.name] || undefined : undefined);
}

export function createContext(input: AssemblyInput): AssemblyContext {
  const warnings: ReportWarning[] = [];
  const fields = fieldResolver(input);
  const ctx: AssemblyContext = {
    input,
    warnings,
    subsections: [],
    warn: (w) => warnings.push(w),
    fill(text, key, more) {
      const filled = fillTemplateText(text, (p) => fields(p) ?? more?.(p));
      const missingFields = filled.missing.filter((p) => p.kind === 'field');
      if (missingFields.length) {
        const names = missingFields.map(placeholderLabel).join('、');
        ctx.warn({ code: 'field-missing', key, message: `“${names}”没有填写，报告中留了〔${names}〕，请在单位信息或年度材料中补上` });
      }
      return { text: normalizePunctuation(filled.text).text, missing: filled.missing, filled: filled.filled };
    },
    clean(text, key, where, activityIds) {
      const result = normalizePunctuation(text);
      if (result.changed && /[,;:?!()]|\s/.test(text)) {
        ctx.warn({ code: 'punctuation-fixed', key, message: `${where}中的半角标点或多余空格已改为规范写法`, ...(activityIds ? { activityIds } : {}) });
      }
      return result.text;
    },
    chosenStyle: (groupKey) => input.choices.styles[groupKey],
  };
  return ctx;
}

/** 2025-01-20 → 2025年1月20日 (成文日期: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
