import type { ReportTemplateBody } from '../../domain/report-template';
import type { AssemblyCategory, ReportEntry } from './assembly-input';
import type { AssemblyContext } from './assembly-context';

// Which section each entry of the year goes to: its home is the first section naming one of its tags,
// else the first naming its category (by key, or by name for a unit's own categories), else the
// fallback section; its sentence and its figures are written there. An entry the principal leader
// took part in (in a way the template names) is also summed up in the leader's section — the 学法 the
// 局长 attended is still 学法, and part 三 says how often the 局长 presided, studied, gave the 述法.
// Only an entry with no home has its sentence in the leader's section. What is left is reported,
// never silently dropped.

export interface Section {
  /** The block key of the section (a subsection "measures.pufa", or a part "leader"). */
  key: string;
  heading: string;
  kind: 'entries' | 'leader';
  categories: readonly string[];
  tags: readonly string[];
  roles: readonly string[];
  fallback: boolean;
}

export function templateSections(template: ReportTemplateBody): Section[] {
  const out: Section[] = [];
  for (const part of template.parts) {
    if (part.kind === 'leader') out.push({ key: part.id, heading: part.heading, kind: 'leader', categories: part.categories, tags: part.tags, roles: part.roles, fallback: false });
    if (part.kind !== 'measures') continue;
    for (const sub of part.subsections) {
      const key = `${part.id}.${sub.id}`;
      if (sub.kind === 'leader') out.push({ key, heading: sub.heading, kind: 'leader', categories: sub.categories, tags: sub.tags, roles: sub.roles, fallback: false });
      else out.push({ key, heading: sub.heading, kind: 'entries', categories: sub.categories, tags: sub.tags, roles: [], fallback: sub.fallback });
    }
  }
  return out;
}

function byDate(a: ReportEntry, b: ReportEntry): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

function checkMappings(ctx: AssemblyContext, sections: readonly Section[], categories: readonly AssemblyCategory[]): void {
  const known = new Set(categories.flatMap((c) => [c.name, ...(c.key ? [c.key] : [])]));
  for (const s of sections) {
    for (const c of s.categories) {
      if (!known.has(c)) ctx.warn({ code: 'unknown-category', key: s.key, message: `模板中“${s.heading}”引用的类别“${c}”不存在（可能已删除或改名），请修改模板` });
    }
  }
  const mapsSomething = sections.some((s) => s.categories.length || s.tags.length || s.fallback || s.kind === 'leader');
  if (!mapsSomething) ctx.warn({ code: 'template-maps-nothing', message: '所选模板没有把任何类别对应到小节，台账条目都不会写入报告，请复制模板后设置“类别”' });
}

export interface Routed {
  /** Section key → the entries whose sentences (and, for an entries section, figures) it holds, in date order. */
  sentences: Map<string, ReportEntry[]>;
  /** The entries the principal leader took part in, wherever their sentences are, in date order. */
  leader: ReportEntry[];
  /** Section key → its single events last year, routed the same way (only when the input has them). */
  lastYearEvents: Map<string, number>;
}

/** The section naming one of the entry's tags or its category's key or name (the fallback section not counted). */
export function mappedSection(sections: readonly Section[], categoryNames: readonly string[], tags: readonly string[]): Section | undefined {
  return sections.find((s) => s.tags.some((t) => tags.includes(t))) ?? sections.find((s) => s.categories.some((c) => categoryNames.includes(c)));
}

function routeLastYear(sections: readonly Section[], input: AssemblyContext['input']): Map<string, number> {
  const counts = new Map<string, number>();
  if (!input.lastYearEvents) return counts;
  const names = new Map(input.categories.map((c) => [c.id, [c.name, ...(c.key ? [c.key] : [])]]));
  sections.filter((s) => s.kind === 'entries').forEach((s) => counts.set(s.key, 0));
  const fallback = sections.find((s) => s.fallback);
  for (const group of input.lastYearEvents) {
    const home = mappedSection(sections, names.get(group.categoryId) ?? [], group.tags) ?? fallback;
    if (home && counts.has(home.key)) counts.set(home.key, (counts.get(home.key) ?? 0) + group.count);
  }
  return counts;
}

export function routeEntries(ctx: AssemblyContext, sections: readonly Section[]): Routed {
  const { entries, categories, choices } = ctx.input;
  checkMappings(ctx, sections, categories);
  const excluded = new Set(choices.excluded);
  const routed = new Map<string, ReportEntry[]>(sections.map((s) => [s.key, []]));
  const withLeader: ReportEntry[] = [];
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const leader = sections.find((s) => s.kind === 'leader');
  const fallback = sections.find((s) => s.fallback);
  const unmapped = new Map<string, ReportEntry[]>();

  for (const entry of [...entries].sort(byDate)) {
    if (excluded.has(entry.id)) continue;
    const category = categoryById.get(entry.categoryId);
    if (!category) {
      ctx.warn({ code: 'category-missing', message: `“${entry.title}”的类别已不存在（编号 ${entry.categoryId}），${fallback ? `已放入“${fallback.heading}”` : '没有写入报告'}`, activityIds: [entry.id] });
    }
    const names = category ? [category.name, ...(category.key ? [category.key] : [])] : [];
    const mapped = mappedSection(sections, names, entry.tags);
    const toLeader = leader && entry.leaderRole && leader.roles.includes(entry.leaderRole) ? leader : undefined;
    if (toLeader) withLeader.push(entry);
    if (!mapped && !toLeader && category) unmapped.set(category.name, [...(unmapped.get(category.name) ?? []), entry]);
    // An entry of the leader's own with no section of its own is told in the leader's section, not in 其他工作.
    const home = mapped ?? toLeader ?? fallback;
    if (home) routed.get(home.key)?.push(entry);
  }
  for (const [name, list] of unmapped) {
    const where = fallback ? `已放入“${fallback.heading}”` : '没有写入报告';
    ctx.warn({ code: 'unmapped-entry', message: `类别“${name}”在模板中没有对应的小节，其${list.length}条台账${where}`, activityIds: list.map((e) => e.id) });
  }
  return { sentences: routed, leader: withLeader, lastYearEvents: routeLastYear(sections, ctx.input) };
}
