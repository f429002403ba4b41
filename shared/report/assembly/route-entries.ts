import type { ReportTemplateBody } from '../../domain/report-template';
import type { AssemblyCategory, ReportEntry } from './assembly-input';
import type { AssemblyContext } from './assembly-context';

// Which section each entry of the year goes to. Each entry's sentence goes to exactly one place, in
// this order: the leader's section when the principal leader took part in a way the template names;
// the first section naming one of its tags; the first naming its category (by key, or by name for a
// unit's own categories); the fallback section. What is left is reported, never silently dropped.
// Its figures count where its tags or category put it, even when the sentence went to the leader:
// 500份 handed out at an event the 局长 led are still part of the year's 普法 totals.

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
  /** Section key → the entries whose sentences it holds, in date order. */
  sentences: Map<string, ReportEntry[]>;
  /** Section key → the entries whose figures its totals count. */
  figures: Map<string, ReportEntry[]>;
}

export function routeEntries(ctx: AssemblyContext, sections: readonly Section[]): Routed {
  const { entries, categories, choices } = ctx.input;
  checkMappings(ctx, sections, categories);
  const excluded = new Set(choices.excluded);
  const routed = new Map<string, ReportEntry[]>(sections.map((s) => [s.key, []]));
  const figures = new Map<string, ReportEntry[]>(sections.map((s) => [s.key, []]));
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
    const mapped = sections.find((s) => s.tags.some((t) => entry.tags.includes(t))) ?? sections.find((s) => s.categories.some((c) => names.includes(c)));
    const toLeader = leader && entry.leaderRole && leader.roles.includes(entry.leaderRole) ? leader : undefined;
    if (!mapped && !toLeader && category) unmapped.set(category.name, [...(unmapped.get(category.name) ?? []), entry]);
    const home = mapped ?? fallback;
    const target = toLeader ?? home;
    if (target) routed.get(target.key)?.push(entry);
    if (home) figures.get(home.key)?.push(entry);
  }
  for (const [name, list] of unmapped) {
    const where = fallback ? `已放入“${fallback.heading}”` : '没有写入报告';
    ctx.warn({ code: 'unmapped-entry', message: `类别“${name}”在模板中没有对应的小节，其${list.length}条台账${where}`, activityIds: list.map((e) => e.id) });
  }
  return { sentences: routed, figures };
}
