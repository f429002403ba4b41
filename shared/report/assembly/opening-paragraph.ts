import { parseTemplateText, placeholdersOf } from '../text/placeholders';
import { cutLeadOut, endsWithLeadOut } from '../text/paste-cleaning';
import { withSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import { fieldResolver } from './assembly-context';
import type { DraftParagraph } from './draft-blocks';

// The opening paragraph: the template's opening with the unit's facts and the preface ({开头补充})
// filled in. A preface pasted from an earlier report often closes with its own lead-out ("现就一年来
// 工作开展情况报告如下。"); the template's "现将……报告如下：" after it would say it twice, so one goes.

const PREFACE = { kind: 'field', name: '开头补充' } as const;

function hasPreface(opening: string): boolean {
  return placeholdersOf(parseTemplateText(opening)).some((p) => p.kind === PREFACE.kind && p.name === PREFACE.name);
}

/** "现就……报告如下。" → "现就……报告如下", for naming it in a warning. */
const bare = (leadOut: string) => withSentenceEnd(leadOut, '');

export function openingParagraph(ctx: AssemblyContext): DraftParagraph {
  const paragraph = (text: string): DraftParagraph => ({ kind: 'paragraph', key: 'opening', origin: 'template', sources: [], text });
  const opening = ctx.input.template.opening;
  const whole = ctx.fill(opening, 'opening').text;
  // The preface as the template received it, to find where it ends in the filled opening.
  const preface = fieldResolver(ctx.input)(PREFACE);
  if (!preface || !hasPreface(opening) || !endsWithLeadOut(preface)) return paragraph(whole);
  const at = whole.lastIndexOf(preface);
  if (at < 0) return paragraph(whole);
  const before = whole.slice(0, at);
  const after = whole.slice(at + preface.length).trim();
  // A lead-out ends the paragraph and leads into part 一: "：", not the "。" a preface is given.
  const leadingOut = `${before}${withSentenceEnd(preface, '：')}`;
  if (!after) return paragraph(leadingOut);
  if (!endsWithLeadOut(after)) return paragraph(whole);
  const own = cutLeadOut(preface);
  const theirs = cutLeadOut(after);
  if (!theirs.text) {
    ctx.warn({ code: 'paste-cleaned', key: 'opening', message: `开头补充的末尾已有“${bare(own.leadOut)}”，模板的“${bare(theirs.leadOut)}”不再重复` });
    return paragraph(leadingOut);
  }
  // The template says more after the preface: its lead-out stays last, and the preface's goes.
  ctx.warn({ code: 'paste-cleaned', key: 'opening', message: `开头补充末尾的“${bare(own.leadOut)}”与模板的“${bare(theirs.leadOut)}”重复，已去掉` });
  return paragraph(`${before}${own.text}${after}`);
}
