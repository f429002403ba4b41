import { describe, expect, it } from 'vitest';
import type { EvidenceCandidate } from '../../shared/domain/evidence-rules';
import { EVIDENCE_RULES, findEvidenceGaps, ruleApplies } from '../../shared/domain/evidence-rules';
import { EVIDENCE_KINDS } from '../../shared/domain/attachment';
import { checkEvidence } from '../../shared/report/readiness/check-evidence';

const entry = (over: Partial<EvidenceCandidate>): EvidenceCandidate => ({
  activityId: 'a',
  date: '2024-03-15',
  datePrecision: 'day',
  endDate: null,
  title: '',
  categoryKey: 'other',
  categoryName: '其他',
  tags: [],
  kinds: [],
  ...over,
});

describe('evidence rules', () => {
  it('name only kinds that exist', () => {
    for (const rule of EVIDENCE_RULES) for (const group of rule.needs) for (const k of group) expect(EVIDENCE_KINDS).toContain(k);
  });

  it('match by category key, by title and by tag', () => {
    const pufa = EVIDENCE_RULES.find((r) => r.label === '普法宣传活动')!;
    expect(ruleApplies(pufa, entry({ categoryKey: 'pufa', title: '新媒体推送' }))).toBe(true);
    expect(ruleApplies(pufa, entry({ title: '国家宪法日宣传' }))).toBe(true);
    expect(ruleApplies(pufa, entry({ title: '广场活动', tags: ['普法'] }))).toBe(true);
    expect(ruleApplies(pufa, entry({ title: '召开党组会' }))).toBe(false);
    expect(ruleApplies(pufa, entry({ categoryKey: null, title: '召开党组会' }))).toBe(false);
  });
});

describe('findEvidenceGaps', () => {
  it('lists a 法治讲座 with only a photo as missing 签到表, and not once both are there', () => {
    const lecture = entry({ title: '法治专题讲座', categoryKey: 'study', categoryName: '学习贯彻习近平法治思想' });
    expect(findEvidenceGaps([{ ...lecture, kinds: ['照片'] }])).toEqual([
      { activityId: 'a', date: '2024-03-15', datePrecision: 'day', endDate: null, title: '法治专题讲座', categoryName: '学习贯彻习近平法治思想', missing: ['签到表'], rules: ['学法、讲座、培训'] },
    ]);
    expect(findEvidenceGaps([{ ...lecture, kinds: ['照片', '签到表'] }])).toEqual([]);
  });

  it('writes "或" where either kind will do, and lets a report stand in for a sign-in sheet at a 普法 event', () => {
    const event = entry({ title: '民法典宣传月进社区', categoryKey: 'pufa', categoryName: '普法宣传教育' });
    expect(findEvidenceGaps([event])[0]!.missing).toEqual(['照片', '签到表或报道']);
    expect(findEvidenceGaps([{ ...event, kinds: ['照片', '报道'] }])).toEqual([]);
  });

  it('merges the needs of several rules without repeating one that another implies', () => {
    // A 普法 lecture: the lecture rule's 签到表 already covers the 普法 rule's 签到表或报道.
    const gaps = findEvidenceGaps([entry({ title: '普法讲座', categoryKey: 'pufa' })]);
    expect(gaps[0]!.missing).toEqual(['签到表', '照片']);
    expect(gaps[0]!.rules).toEqual(['学法、讲座、培训', '普法宣传活动']);
  });

  it('covers 述法, 整改 and documents, and leaves entries no rule speaks of alone', () => {
    const gaps = findEvidenceGaps([
      entry({ activityId: '1', title: '主要负责人年终述法' }),
      entry({ activityId: '2', title: '督察反馈问题整改', kinds: ['整改报告'] }),
      entry({ activityId: '3', title: '印发《2024年法治政府建设工作要点》' }),
      entry({ activityId: '4', title: '办理行政复议案件', tags: ['复议'] }),
    ]);
    expect(gaps.map((g) => [g.activityId, g.missing])).toEqual([
      ['1', ['纪要或通知/方案']],
      ['3', ['正式文件']],
    ]);
  });

  it('counts "其他" toward nothing', () => {
    expect(findEvidenceGaps([entry({ title: '述法', kinds: ['其他'] })])).toHaveLength(1);
  });
});

describe('an entry dated only to the month or the year', () => {
  // An old 台账 says “2025年7月”: the entry is stored from the 1st, but no one held it on the 1st.
  const july = entry({ activityId: 'm', date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month', title: '集中学法', kinds: ['照片'] });

  it('keeps its precision and end in the gap', () => {
    expect(findEvidenceGaps([july])).toMatchObject([{ activityId: 'm', date: '2025-07-01', datePrecision: 'month', endDate: '2025-07-31' }]);
  });

  it('is named as written in 年报体检, never by the invented first day', () => {
    const autumn = entry({ activityId: 'r', date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month', title: '民法典进社区', categoryKey: 'pufa' });
    const year = entry({ activityId: 'y', date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year', title: '督察反馈问题整改' });
    const texts = checkEvidence({ evidenceGaps: findEvidenceGaps([july, autumn, year]) }).map((f) => f.text);
    expect(texts).toEqual([
      '“集中学法”（2025年7月）缺少签到表（学法、讲座、培训通常需要）',
      '“民法典进社区”（2023年10月至11月）缺少照片、签到表或报道（普法宣传活动通常需要）',
      '“督察反馈问题整改”（2026年）缺少整改报告（问题整改通常需要）',
    ]);
    expect(texts.join('')).not.toMatch(/7月1日|10月1日|1月1日/);
  });

  it('and one known to the day is still named by its day', () => {
    const [finding] = checkEvidence({ evidenceGaps: findEvidenceGaps([entry({ date: '2025-06-20', title: '法治讲座' })]) });
    expect(finding!.text).toMatch(/^“法治讲座”（2025年6月20日）缺少/);
  });
});
