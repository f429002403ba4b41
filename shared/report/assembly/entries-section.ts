import type { ReportEntry } from './assembly-input';
import type { TemplateSubsection } from '../../domain/report-template';
import type { MetricContext } from '../numbers/metric-phrases';
import { metricWords, totalClause } from '../numbers/metric-phrases';
import type { MetricTotal } from '../numbers/metric-totals';
import { computeTotals } from '../numbers/metric-totals';
import { isPercentUnit } from '../numbers/quantity-phrase';
import type { Placeholder, PlaceholderResolver } from '../text/placeholders';
import { parseTemplateText, placeholdersOf } from '../text/placeholders';
import { ensureSentenceEnd } from '../text/punctuation';
import type { AssemblyContext } from './assembly-context';
import type { DraftBlock, DraftParagraph } from './draft-blocks';
import { entrySentence } from './entry-sentence';
import { enumerateItems } from './enumerate-items';

// One subsection of part 一 built from its entries: an optional lead, one item per single-event entry
// (in date order), then a totals paragraph — the template's metric sentences, and for period counters
// no sentence names, an automatic "全年办理案件共48件，同比……。". Period-counter entries give figures,
// not sentences: four quarterly "办理案件12件" lines do not belong in a report, their sum does.

export const LARGE_NUMBER = 1_000_000;

type EntriesSubsection = Extract<TemplateSubsection, { kind: 'entries' }>;

function metricResolver(mctx: MetricContext, sources: Set<string>): PlaceholderResolver {
  return (p) => {
    const words = metricWords(mctx, p);
    words?.sources.forEach((s) => sources.add(s));
    return words?.text;
  };
}

/**
 * Metric names the template's own sentences already speak of (so no automatic clause repeats them).
 * A rate's counts are not among them: "答复率为100%" does not say how many requests there were.
 */
function namedMetrics(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  const add = (p: Placeholder) => {
    if (p.kind === 'metric') names.add(p.name);
  };
  texts.forEach((t) => placeholdersOf(parseTemplateText(t)).forEach(add));
  return names;
}

function checkTotals(ctx: AssemblyContext, key: string, totals: readonly MetricTotal[]): void {
  for (const t of totals) {
    const tooLarge = isPercentUnit(t.unit) ? t.value > 100 : t.value >= LARGE_NUMBER;
    if (tooLarge) {
      ctx.warn({ code: 'large-number', key, message: `指标“${t.name}”合计为${t.value}${t.unit}，数值异常大，请核对台账中的数字和单位`, activityIds: t.sources });
    }
  }
}

function totalsParagraph(ctx: AssemblyContext, key: string, sub: EntriesSubsection, entries: readonly ReportEntry[], mctx: MetricContext): DraftParagraph | undefined {
  const sources = new Set<string>();
  const sentences: string[] = [];
  for (const template of sub.metricSentences) {
    const filled = ctx.fill(template, key, metricResolver(mctx, sources));
    // A sentence whose required figure the year does not have is left out, not printed half-empty;
    // so is one whose figures were all optional and all absent ("全年" and nothing else).
    const saysSomething = filled.filled.some((p) => p.kind !== 'field');
    if (filled.missing.length === 0 && saysSomething) sentences.push(ensureSentenceEnd(filled.text));
  }
  if (sub.autoTotals) {
    const named = namedMetrics([sub.lead, ...sub.metricSentences]);
    const counters = new Set(entries.filter((e) => e.period !== '').flatMap((e) => e.metrics.map((m) => m.name)));
    const clauses = mctx.totals.filter((t) => counters.has(t.name) && !named.has(t.name));
    if (clauses.length) {
      clauses.forEach((t) => t.sources.forEach((s) => sources.add(s)));
      sentences.push(`全年${clauses.map((t) => totalClause(mctx, t)).join('，')}。`);
    }
  }
  if (!sentences.length) return undefined;
  return { kind: 'paragraph', key: `${key}.totals`, origin: 'log', sources: [...sources], text: ctx.clean(sentences.join(''), key, '指标合计') };
}

/** `entries` give the sentences; `counted` (the same, plus those whose sentence went to the leader) the figures. */
export function entriesSection(ctx: AssemblyContext, key: string, sub: EntriesSubsection, entries: readonly ReportEntry[], counted: readonly ReportEntry[]): { blocks: DraftBlock[]; items: number; empty: boolean; enumerated: ReturnType<typeof enumerateItems> } {
  const { totals, notes } = computeTotals(counted);
  notes.forEach((n) => ctx.warn({ code: n.code, key, message: n.message, ...(n.sources.length ? { activityIds: n.sources } : {}) }));
  checkTotals(ctx, key, totals);
  const mctx: MetricContext = { totals, lastYear: ctx.input.lastYearTotals, rates: ctx.input.template.rates };

  const events = entries.filter((e) => e.period === '');
  const items = events.map((e) => ({ id: e.id, ...entrySentence(ctx, e, key), sources: [e.id] }));
  const enumerated = enumerateItems(ctx, key, items, 3, 'log');
  const totalsBlock = totalsParagraph(ctx, key, sub, counted, mctx);

  const blocks: DraftBlock[] = [];
  if (sub.lead && (items.length || totalsBlock)) {
    const sources = new Set<string>();
    const lead = ctx.fill(sub.lead, key, metricResolver(mctx, sources));
    if (lead.missing.every((p) => p.kind === 'field')) blocks.push({ kind: 'paragraph', key: `${key}.lead`, origin: 'template', sources: [...sources], text: ensureSentenceEnd(lead.text) });
  }
  blocks.push(...enumerated.blocks);
  if (totalsBlock) blocks.push(totalsBlock);
  return { blocks, items: items.length, empty: items.length === 0 && !totalsBlock, enumerated };
}
