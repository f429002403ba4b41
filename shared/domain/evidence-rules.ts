import { z } from 'zod';
import { year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import type { DatePrecision } from './activity';
import type { EvidenceKind } from './attachment';

// What evidence an entry of a given kind usually needs, as inspectors score it ("提供相关影像资料，没有
// 开展的扣5分"). Data, so a rule can be added or tuned without touching the code that applies it.

export interface EvidenceRule {
  /** Shown as the reason ("依据") next to what is missing. */
  label: string;
  /** The rule applies when the entry's category has one of these keys (see default-categories.ts) … */
  categoryKeys?: readonly string[];
  /** … or when its title or one of its tags contains one of these words. */
  keywords?: readonly string[];
  /** Every group must be met by at least one attachment of a kind in it (a group of two means "或"). */
  needs: readonly (readonly EvidenceKind[])[];
}

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  {
    label: '学法、讲座、培训',
    keywords: ['讲座', '集体学法', '学法', '培训', '宣讲', '中心组学习', '专题学习', '授课'],
    needs: [['签到表'], ['照片']],
  },
  {
    label: '普法宣传活动',
    categoryKeys: ['pufa'],
    keywords: ['普法', '法治宣传', '宣传日', '宪法日', '宣传月', '进校园', '进社区', '进乡村', '进企业', '进机关'],
    needs: [['照片'], ['签到表', '报道']],
  },
  {
    label: '规范性文件、正式文件',
    keywords: ['规范性文件', '印发', '出台', '发文', '文号'],
    needs: [['正式文件']],
  },
  {
    label: '述法',
    keywords: ['述法'],
    needs: [['纪要', '通知/方案']],
  },
  {
    label: '问题整改',
    keywords: ['整改'],
    needs: [['整改报告']],
  },
];

/** What the rules look at: one entry, with the kinds of the attachments it already has. */
export interface EvidenceCandidate {
  activityId: string;
  date: string;
  /** Carried so a gap names an entry dated only to the month or year as written (2025年7月). */
  datePrecision: DatePrecision;
  endDate: string | null;
  title: string;
  categoryKey: string | null;
  categoryName: string;
  tags: readonly string[];
  kinds: readonly string[];
}

export interface EvidenceGap {
  activityId: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  title: string;
  categoryName: string;
  /** "签到表", or "签到表或报道" where either will do. */
  missing: string[];
  /** Labels of the rules that are not met. */
  rules: string[];
}

export function ruleApplies(rule: EvidenceRule, entry: EvidenceCandidate): boolean {
  if (entry.categoryKey !== null && rule.categoryKeys?.includes(entry.categoryKey)) return true;
  const words = [entry.title, ...entry.tags];
  return (rule.keywords ?? []).some((k) => words.some((w) => w.includes(k)));
}

/** Unmet groups, without one implied by another ("签到表" already says "签到表或报道"). */
function unmetGroups(rules: readonly EvidenceRule[], kinds: readonly string[]): (readonly EvidenceKind[])[] {
  const unmet = rules.flatMap((r) => r.needs).filter((group) => !group.some((k) => kinds.includes(k)));
  const distinct = unmet.filter((g, i) => unmet.findIndex((h) => h.join() === g.join()) === i);
  return distinct.filter((g) => !distinct.some((h) => h !== g && h.length < g.length && h.every((k) => g.includes(k))));
}

/** The entries that lack what their kind usually needs, in the order given. */
export function findEvidenceGaps(entries: readonly EvidenceCandidate[], rules: readonly EvidenceRule[] = EVIDENCE_RULES): EvidenceGap[] {
  const gaps: EvidenceGap[] = [];
  for (const entry of entries) {
    const applying = rules.filter((r) => ruleApplies(r, entry));
    const missing = unmetGroups(applying, entry.kinds);
    if (missing.length === 0) continue;
    gaps.push({
      activityId: entry.activityId,
      date: entry.date,
      datePrecision: entry.datePrecision,
      endDate: entry.endDate,
      title: entry.title,
      categoryName: entry.categoryName,
      missing: missing.map((g) => g.join('或')),
      rules: applying.filter((r) => r.needs.some((g) => !g.some((k) => entry.kinds.includes(k)))).map((r) => r.label),
    });
  }
  return gaps;
}

export const evidenceGapsInput = z.object({ year, categoryId: z.number().int().positive().optional() }).strict();

export const EVIDENCE_FIELD_LABELS: FieldLabels = { year: '年度', categoryId: '类别' };
