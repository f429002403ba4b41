import type { ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { quote } from './lint-finding';
import { bodyOf, ownNumber } from './lint-texts';
import { leadingNumber } from '../text/leading-number';

// A number typed into a heading or item on top of the one rendering gives it: "（一）（一）加大统筹协调
// 力度", "1.1.健全制度", "（一）1.……". Assembly strips a typed number from what it generates, so this is
// mostly a pasted or edited text. A single number in a plain paragraph is the writer's own and stays.

function leadingMark(text: string): { mark: string; rest: string } | undefined {
  const found = leadingNumber(text.trimStart());
  return found && { mark: found.removed, rest: found.text };
}

export function lintNumbering(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  for (const block of doc.blocks) {
    const number = ownNumber(block);
    const body = bodyOf(block);
    let prefix = number;
    let rest = body;
    // A block without a number of its own is doubled only when its text opens with two marks.
    if (!number) {
      const first = leadingMark(body);
      if (!first) continue;
      prefix = first.mark;
      rest = first.rest;
    }
    const again = leadingMark(rest);
    if (!again) continue;
    out.push({
      code: 'lint-numbering',
      key: block.key,
      severity: 'must',
      message: `“${quote(`${prefix}${rest.trimStart()}`)}”编号重复，请删去多余的编号`,
      excerpt: again.mark,
    });
  }
  return out;
}
