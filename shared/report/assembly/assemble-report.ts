import type { TemplatePart } from '../../domain/report-template';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import { chineseDate, createContext } from './assembly-context';
import type { AssemblyInput } from './assembly-input';
import type { AssembledReport, DraftBlock } from './draft-blocks';
import { TITLE_KEY } from './draft-blocks';
import { emptyPlaceholder, noteSection } from './enumerate-items';
import { entriesSection } from './entries-section';
import { leaderSection } from './leader-section';
import { narrativePartBlocks } from './narrative-parts';
import { openingParagraph } from './opening-paragraph';
import { planReviewBlock } from './plan-review';
import type { Routed } from './route-entries';
import { routeEntries, templateSections } from './route-entries';

// The whole report for a year, from the template, the year's entries and the year's narrative. Pure:
// it reads its input and nothing else, and changes nothing. Numbers and edits come later
// (render-document.ts, edits/), so this is what "the log says" and re-assembly compares against.

type MeasuresPart = Extract<TemplatePart, { kind: 'measures' }>;

function measuresBlocks(ctx: AssemblyContext, part: MeasuresPart, routed: Routed): DraftBlock[] {
  const out: DraftBlock[] = [];
  if (part.lead) out.push({ kind: 'paragraph', key: `${part.id}.lead`, origin: 'template', sources: [], text: ensureSentenceEnd(ctx.fill(part.lead, `${part.id}.lead`).text) });
  let shown = 0;
  for (const sub of part.subsections) {
    const key = `${part.id}.${sub.id}`;
    const heading = ctx.fill(sub.heading, key).text;
    const entries = routed.sentences.get(key) ?? [];
    const result =
      sub.kind === 'leader'
        ? leaderSection(ctx, { key, defaultDuties: sub.defaultDuties }, entries, routed.leader, 3)
        : entriesSection(ctx, key, sub, entries, routed.lastYearEvents.get(key));
    const kept = noteSection(ctx, key, heading, result.items, result.enumerated, result.empty);
    if (result.empty && !kept) continue;
    shown += 1;
    out.push({ kind: 'heading2', key, origin: 'template', sources: [], text: heading });
    if (sub.kind === 'leader' && sub.lead && !result.empty) out.push({ kind: 'paragraph', key: `${key}.lead`, origin: 'template', sources: [], text: ensureSentenceEnd(ctx.fill(sub.lead, key).text) });
    out.push(...(result.blocks.length ? result.blocks : [emptyPlaceholder(key)]));
  }
  if (shown === 0) out.push(emptyPlaceholder(part.id, '本年度台账中没有可写入此部分的内容，请补充台账或修改模板'));
  return out;
}

function partBlocks(ctx: AssemblyContext, part: TemplatePart, heading: string, routed: Routed): DraftBlock[] {
  switch (part.kind) {
    case 'measures':
      return measuresBlocks(ctx, part, routed);
    case 'leader': {
      const result = leaderSection(ctx, { key: part.id, defaultDuties: part.defaultDuties }, routed.sentences.get(part.id) ?? [], routed.leader, 2);
      noteSection(ctx, part.id, heading, result.items, result.enumerated, false);
      if (result.empty) ctx.warn({ code: 'empty-subsection', key: part.id, message: `“${heading}”本年度没有主要负责人参加、主持或述法的台账，也没有填写职责段，请补充` });
      return result.blocks.length ? result.blocks : [emptyPlaceholder(part.id, '请填写主要负责人履行推进法治建设第一责任人职责的情况')];
    }
    case 'plans': {
      const review = planReviewBlock(ctx, part.id);
      return [...(review ? [review] : []), ...narrativePartBlocks(ctx, part, heading)];
    }
    default:
      return narrativePartBlocks(ctx, part, heading);
  }
}

export function assembleReport(input: AssemblyInput): AssembledReport {
  const ctx = createContext(input);
  const { template, narrative, unit } = input;
  const title = ctx.fill(template.title.useFormal ? template.title.formal : template.title.pattern, TITLE_KEY).text;
  const blocks: DraftBlock[] = [openingParagraph(ctx)];
  if (input.entries.length === 0) {
    ctx.warn({ code: 'no-entries', message: `${input.year}年度台账中还没有任何条目，报告的“主要举措和成效”只能留空，请先记录台账或导入` });
  }
  const routed = routeEntries(ctx, templateSections(template));
  for (const part of template.parts) {
    const heading = ctx.fill(part.heading, part.id).text;
    blocks.push({ kind: 'heading1', key: part.id, origin: 'template', sources: [], text: heading });
    blocks.push(...partBlocks(ctx, part, heading, routed));
  }
  const signature = { unit: narrative.signature || unit.name || '〔单位〕', date: chineseDate(narrative.date || input.today) };
  return { title, blocks, signature, warnings: ctx.warnings, subsections: ctx.subsections };
}
