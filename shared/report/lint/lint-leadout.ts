import type { ReportDocument } from '../report-document';
import type { LintFinding } from './lint-finding';
import { quoteTail } from './lint-finding';
import { bodyOf } from './lint-texts';

// "现将……报告如下：" once closes the opening. A preface pasted from last year's report often brings
// its own, and then the opening says it twice: inside one paragraph, or in the paragraph before the
// template's. Body paragraphs may well say "具体情况如下" once each; twice in one of them is a seam too.

const LEADOUT = /(?:报告|汇报|情况|总结)如下[：:]?/g;

/** The sentence a lead-out closes, to quote it: "现将2024年法治政府建设情况报告如下：". */
function sentenceOf(text: string, m: RegExpMatchArray): string {
  const at = m.index ?? 0;
  const start = Math.max(...['。', '；', '！', '？'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  return text.slice(start, at + m[0].length);
}

function finding(key: string, sentence: string): LintFinding {
  return { code: 'lint-leadout', key, severity: 'should', message: `“${quoteTail(sentence)}”与前面的“报告如下”重复，引出下文的话只保留一处`, excerpt: sentence };
}

export function lintLeadout(doc: ReportDocument): LintFinding[] {
  const out: LintFinding[] = [];
  // The opening is the paragraphs before the first heading.
  let inOpening = true;
  let previousHadOne = false;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') {
      inOpening = false;
      continue;
    }
    const text = bodyOf(block);
    const found = [...text.matchAll(LEADOUT)];
    const second = found[1];
    const first = found[0];
    if (second) out.push(finding(block.key, sentenceOf(text, second)));
    else if (first && inOpening && previousHadOne) out.push(finding(block.key, sentenceOf(text, first)));
    if (inOpening) previousHadOne = found.length > 0;
  }
  return out;
}
