import type { ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { quote } from './lint-finding';
import { allTexts } from './lint-texts';

// Text that stands in for what is still to be written. Assembly leaves two kinds on purpose, so the
// report is never sent with a gap unseen: 〔上级〕 for a fact not filled in (text/placeholders.ts), and
// a parenthesised reminder for a part with no material (enumerate-items.ts emptyPlaceholder). People
// leave the rest: a template's {单位}, "XX月", "××局", "○○".

const PLACEHOLDERS: readonly RegExp[] = [
  // A template placeholder that reached the text, or a stray brace of one.
  /\{[^{}]*\}|[{}]/g,
  // 〔单位〕, 〔指标:发放资料〕: anything in 〔〕 but the year of a 文号 (〔2023〕1号); empty ones are lint-empty-marks'.
  /〔(?!\s*\d{4}\s*〕)[^〔〕]*[^〔〕\s][^〔〕]*〕/g,
  // The reminders assembly writes in place of missing material.
  /（[^（）]*(?:请补充|请填写|请在年度材料中填写|暂无此项内容)[^（）]*）/g,
  // XX, xx, ××, XXX: not inside a Latin word; one X before 年月日号 too ("202X年", "X月").
  /(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])|(?<![A-Za-z])[Xx×](?=[年月日号])/g,
  // ○○ and □□; 〇〇 only where it is not a digit of a Chinese date ("二〇〇〇年").
  /○{2,}|□{2,}|(?<![一二三四五六七八九十〇零])〇{2,}(?![一二三四五六七八九十〇零年])/g,
];

/** Every character a placeholder above starts with: a text without any (most of them) is passed over. */
const MAY_HOLD = /[{}〔（Xx×○□〇]/;

export function lintPlaceholder(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  for (const { key, text, where } of allTexts(doc)) {
    if (!MAY_HOLD.test(text)) continue;
    const found = PLACEHOLDERS.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const m of found) {
      out.push({
        code: 'lint-placeholder',
        key,
        severity: 'must',
        message: m[0].startsWith('（') ? `${where}还留着提示文字“${quote(m[0], 30)}”，请补写内容或删去` : `${where}还留着占位“${m[0]}”，请填上实际内容`,
        excerpt: m[0],
      });
    }
  }
  return out;
}
