import type { ReadinessFinding } from '../../domain/readiness';
import type { ReadinessInput } from './readiness-input';

// A template's fixed wording names plans by their period: 《法治政府建设实施纲要（2021—2025年）》.
// Once the report's year is past such a period, the report most likely should cite the successor
// (annual-report.md expects one for 2026—2030), so the wording is pointed out. Only the template's
// own text is read; an entry may well speak of an old plan (终期评估).

const PERIOD = /(?:《[^《》]{0,60})?（(\d{4})\s*[—–\-－~至]\s*(\d{4})年）(?:[^《》]{0,10}》)?/g;

export function checkPolicyPeriod({ assembly, assembled }: ReadinessInput): ReadinessFinding[] {
  const texts = [assembled.title, ...assembled.blocks.filter((b) => b.origin === 'template').map((b) => b.text)];
  const outdated = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(PERIOD)) {
      const end = Number(m[2]);
      if (end < assembly.year && !outdated.has(m[0])) outdated.set(m[0], end);
    }
  }
  const group = assembly.template.parts[0]?.id ?? 'measures';
  return [...outdated].map(([words, end]) => ({
    code: 'policy-period-past',
    severity: 'should',
    group,
    text: `模板文字中的${words}期限到${end}年，本报告是${assembly.year}年度的。如已印发接续的纲要或规划，请在“管理模板”中修改模板的政策表述（内置模板须先复制再编辑）`,
    link: { to: 'templates', year: assembly.year },
  }));
}
