import { describe, expect, it } from 'vitest';
import type { ActivityCreateInput } from '../../shared/domain/activity';
import type { ReadinessCode, ReadinessFinding } from '../../shared/domain/readiness';
import { deepLinkHash } from '../../shared/navigation/deep-links';
import { rejected } from '../helpers/rejected';
import { attachEvidence } from '../helpers/attach-evidence';
import { openTempApp } from '../helpers/temp-app';

// 年报体检 against a real data folder: a 2024 that is ready in every respect, then each finding
// triggered by taking one thing away (or adding one flaw) from it.

const DECEMBER = () => '2024-12-10T04:00:00.000Z';

async function readyYear(now: () => string = DECEMBER) {
  const app = openTempApp(undefined, now);
  const r = app.registry;
  await r.call('unit.update', { name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  const categories = await r.call('categories.list', {});
  const cat = (key: string) => categories.find((c) => c.key === key)!.id;
  const add = (key: string, fields: Omit<ActivityCreateInput, 'categoryId'>) => r.call('activities.create', { categoryId: cat(key), ...fields });

  const leaderStudy = await add('study', { date: '2024-03-05', title: '党组理论学习中心组学法', summary: '局党组书记主持理论学习中心组学法', leaderRole: '主持' });
  await attachEvidence(app, leaderStudy.id, '签到表');
  await attachEvidence(app, leaderStudy.id, '照片');
  const shufa = await add('first-duty', { date: '2024-12-02', title: '主要负责人年终述法', summary: '局长在区委全面依法治区委员会会议上述法', leaderRole: '述法' });
  await attachEvidence(app, shufa.id, '纪要');
  await add('study', { date: '2024-04-10', title: '习近平法治思想专题研讨', summary: '组织干部专题研讨习近平法治思想' });
  await add('functions', { date: '2024-04-11', title: '梳理政务服务事项清单', summary: '梳理公布政务服务事项清单' });
  await add('rules', { date: '2024-04-12', title: '修订内部管理制度', summary: '修订完善内部管理制度' });
  await add('decisions', { date: '2024-04-13', title: '合同合法性审查', summary: '对重要合同开展合法性审查' });
  await add('enforcement', { date: '2024-04-14', title: '执法案卷评查', summary: '开展行政执法案卷评查' });
  await add('enforcement', { date: '2024-12-31', title: '全年办理案件', period: 'year', metrics: [{ name: '办理案件', value: 100, unit: '件' }] });
  await add('enforcement', { date: '2023-12-31', title: '全年办理案件', period: 'year', metrics: [{ name: '办理案件', value: 90, unit: '件' }] });
  await add('emergency', { date: '2024-04-15', title: '修订应急预案', summary: '修订完善应急预案' });
  await add('disputes', { date: '2024-04-16', title: '办理行政复议答复', summary: '依法办理行政复议答复工作' });
  await add('oversight', { date: '2024-04-17', title: '办理人大代表建议', summary: '按期办结人大代表建议' });
  await add('digital', { date: '2024-04-18', title: '推进执法平台录入', summary: '推进行政执法信息平台录入' });
  const pufa = await add('pufa', { date: '2024-12-04', title: '国家宪法日宣传活动', summary: '开展国家宪法日主题宣传活动' });
  await attachEvidence(app, pufa.id, '照片');
  await attachEvidence(app, pufa.id, '报道');
  await add('leadership', { date: '2024-04-19', title: '党组会专题研究法治工作', summary: '党组会专题研究法治政府建设工作' });
  await r.call('report.narrative.set', { year: 2024, dutiesParagraph: '局长切实履行第一责任人职责。', problems: ['普法形式较单一。'], plans: ['创新普法形式。'] });
  return { app, r, cat, add, leaderStudy, shufa };
}

type Ready = Awaited<ReturnType<typeof readyYear>>;

async function check(r: Ready['r']) {
  return r.call('report.readiness', { year: 2024 });
}

function only(findings: ReadinessFinding[], code: ReadinessCode): ReadinessFinding[] {
  return findings.filter((f) => f.code === code);
}

describe('report.readiness', () => {
  it('finds nothing in a year that has everything, and counts down to 1 March and 1 April from December', async () => {
    const { r } = await readyYear();
    const report = await check(r);
    expect(report.findings).toEqual([]);
    expect(report.templateName).toBeTruthy();
    expect(report.deadlines).toEqual({ submitBy: '2025-03-01', publishBy: '2025-04-01', countingDown: true, daysToSubmit: 81, daysToPublish: 112 });
    expect(report.groups.map((g) => g.title)).toEqual([
      '一、2024年度推进法治政府建设的主要举措和成效',
      '二、2024年度推进法治政府建设存在的不足和原因',
      '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2025年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
      '佐证材料',
    ]);
  });

  it('before December only states the dates', async () => {
    const app = openTempApp(undefined, () => '2024-06-01T04:00:00.000Z');
    const report = await app.registry.call('report.readiness', { year: 2024 });
    expect(report.deadlines).toMatchObject({ submitBy: '2025-03-01', publishBy: '2025-04-01', countingDown: false });
  });

  it('names a subsection of part 一 with no entries, linking to the ledger filtered to its category', async () => {
    const { r } = await readyYear();
    const digital = (await r.call('activities.list', { year: 2024, text: '执法平台' })).items[0]!;
    await r.call('activities.delete', { id: digital.id });
    const findings = (await check(r)).findings;
    expect(findings).toEqual([{ code: 'subsection-empty', severity: 'should', group: 'measures', text: '“推进数字法治政府建设”本年度没有台账内容，报告中这一节会被省略', link: { to: 'ledger', year: 2024, category: 'digital' } }]);
    expect(deepLinkHash(findings[0]!.link)).toBe('#/ledger?year=2024&category=digital');
  });

  it('asks for parts 二 and 四 when they are not written, linking to those narrative fields', async () => {
    const { r } = await readyYear();
    await r.call('report.narrative.set', { year: 2024, problems: [], plans: [] });
    const findings = (await check(r)).findings;
    expect(findings.map((f) => [f.code, f.severity, f.group, f.link])).toEqual([
      ['problems-missing', 'must', 'problems', { to: 'narrative', year: 2024, field: 'problems' }],
      ['plans-missing', 'must', 'plans', { to: 'narrative', year: 2024, field: 'plans' }],
    ]);
    expect(findings[0]!.text).toBe('“2024年度推进法治政府建设存在的不足和原因”还没有填写存在的不足');
    expect(deepLinkHash(findings[0]!.link)).toBe('#/report?year=2024&narrative=problems');
  });

  it('asks for the principal leader’s 述法 when no entry shows it', async () => {
    const { r, shufa } = await readyYear();
    await r.call('activities.delete', { id: shufa.id });
    expect((await check(r)).findings).toEqual([
      {
        code: 'leader-shufa-missing',
        severity: 'must',
        group: 'leader',
        text: '2024年度台账中没有主要负责人述法的记录（“主要负责人参与”选“述法”，或标题写明述法）',
        link: { to: 'ledger', year: 2024, category: 'first-duty' },
      },
    ]);
  });

  it('asks for the principal leader’s 学法 when the leader took part in none', async () => {
    const { r, leaderStudy } = await readyYear();
    await r.call('activities.update', { id: leaderStudy.id, leaderRole: '' });
    const findings = (await check(r)).findings;
    expect(findings.map((f) => [f.code, f.severity, f.group, f.link])).toEqual([['leader-study-missing', 'should', 'leader', { to: 'ledger', year: 2024, category: 'study' }]]);
  });

  it('asks for 第一责任人 material for part 三: the duties paragraph, and entries or the paragraph', async () => {
    const { r, leaderStudy, shufa } = await readyYear();
    await r.call('report.narrative.set', { year: 2024, dutiesParagraph: '', problems: ['普法形式较单一。'], plans: ['创新普法形式。'] });
    const generic = (await check(r)).findings;
    expect(generic.map((f) => [f.code, f.severity, f.link])).toEqual([['duties-paragraph-missing', 'should', { to: 'narrative', year: 2024, field: 'dutiesParagraph' }]]);

    await r.call('activities.update', { id: leaderStudy.id, leaderRole: '' });
    await r.call('activities.delete', { id: shufa.id });
    const none = (await check(r)).findings;
    expect(only(none, 'leader-material-missing')).toEqual([
      {
        code: 'leader-material-missing',
        severity: 'must',
        group: 'leader',
        text: '“2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况”没有材料：本年度没有主要负责人参加、主持或述法的台账，也没有填写第一责任人职责段',
        link: { to: 'narrative', year: 2024, field: 'dutiesParagraph' },
      },
    ]);
    expect(only(none, 'duties-paragraph-missing')).toEqual([]);
  });

  it('names an entry without a summary sentence by title and date, linking to that entry', async () => {
    const { r, add } = await readyYear();
    const bare = await add('functions', { date: '2024-07-08', title: '优化营商环境座谈' });
    const findings = (await check(r)).findings;
    expect(findings).toEqual([{ code: 'summary-missing', severity: 'should', group: 'measures', text: '“优化营商环境座谈”（2024年7月8日）没有内容摘要，报告中只能用标题代替一句完整的话', link: { to: 'entry', id: bare.id } }]);
    expect(deepLinkHash(findings[0]!.link)).toBe(`#/ledger?entry=${bare.id}`);
  });

  it('names a rate without its denominator, typed as a percentage or as the numerator alone', async () => {
    const { r, add } = await readyYear();
    const typed = await add('disputes', { date: '2024-08-01', title: '行政应诉', summary: '负责人出庭应诉', metrics: [{ name: '出庭应诉率', value: 100, unit: '%' }] });
    const counted = await add('enforcement', { date: '2024-08-02', title: '执法资格考试', summary: '组织执法人员参加执法资格考试', metrics: [{ name: '考试通过', value: 12, unit: '人' }] });
    const findings = only((await check(r)).findings, 'rate-denominator-missing');
    expect(findings).toEqual([
      { code: 'rate-denominator-missing', severity: 'should', group: 'measures', text: '本年度台账记了“考试通过”，但没有“参加考试”的数字，通过率缺少分母，无法核算', link: { to: 'entry', id: counted.id } },
      { code: 'rate-denominator-missing', severity: 'should', group: 'measures', text: '本年度台账记了出庭应诉率100%，但没有“行政诉讼”的数字，出庭应诉率缺少分母，无法核算', link: { to: 'entry', id: typed.id } },
    ]);
  });

  it('names a counter with no figure last year for 同比, linking to last year’s ledger of its category', async () => {
    const { r, add } = await readyYear();
    await add('disputes', { date: '2024-12-31', title: '全年行政复议', period: 'year', metrics: [{ name: '行政复议', value: 5, unit: '件' }] });
    expect((await check(r)).findings).toEqual([
      { code: 'last-year-missing', severity: 'should', group: 'measures', text: '指标“行政复议”没有2023年的数字，报告中写不出同比（可补记2023年的年度汇总）', link: { to: 'ledger', year: 2023, category: 'disputes' } },
    ]);
  });

  it('names an entry lacking the evidence its kind usually needs, linking to its evidence tab', async () => {
    const { r, add } = await readyYear();
    const lecture = await add('pufa', { date: '2024-05-20', title: '民法典进社区宣传', summary: '开展民法典进社区宣传' });
    const findings = (await check(r)).findings;
    expect(findings).toEqual([
      { code: 'evidence-missing', severity: 'should', group: 'evidence', text: '“民法典进社区宣传”（2024年5月20日）缺少照片、签到表或报道（普法宣传活动通常需要）', link: { to: 'entry', id: lecture.id, tab: 'evidence' } },
    ]);
    expect(deepLinkHash(findings[0]!.link)).toBe(`#/ledger?entry=${lecture.id}&tab=evidence`);
  });

  it('points out a plan in the template’s wording whose period ended before the report’s year, linking to 管理模板; an entry may cite an old plan', async () => {
    const { r, add } = await readyYear();
    await add('pufa', { date: '2024-05-06', title: '七五普法总结', summary: '完成《“七五”普法规划（2016—2020年）》档案整理' });
    const [five] = await r.call('report.templates.list', {});
    const copy = await r.call('report.templates.copy', { id: five!.id, name: '旧纲要模板' });
    const body = { ...copy.body, references: { ...copy.body.references, 纲要: '《法治政府建设实施纲要（2015—2020年）》' } };
    await r.call('report.templates.update', { id: copy.id, name: copy.name, body });
    const found = only((await r.call('report.readiness', { year: 2024, templateId: copy.id })).findings, 'policy-period-past');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain('模板文字中的《法治政府建设实施纲要（2015—2020年）》期限到2020年，本报告是2024年度的');
    expect(found[0]!.severity).toBe('should');
    expect(deepLinkHash(found[0]!.link)).toBe('#/report?year=2024&open=templates');

    // The built-in 纲要 (2021—2025) is current for 2024; the old plan in an entry is the log's business.
    expect(only((await check(r)).findings, 'policy-period-past')).toEqual([]);
    await r.call('report.templates.update', { id: copy.id, name: copy.name, body: { ...body, references: { ...body.references, 纲要: '《法治政府建设实施纲要（2021—2025年）》' } } });
    expect(only((await r.call('report.readiness', { year: 2024, templateId: copy.id })).findings, 'policy-period-past')).toEqual([]);
  });

  it('lists 必须补 before 建议补 within a part, and the parts in the template’s order', async () => {
    const { r, add, leaderStudy } = await readyYear();
    await add('functions', { date: '2024-07-08', title: '优化营商环境座谈' });
    await r.call('activities.update', { id: leaderStudy.id, leaderRole: '' });
    await r.call('report.narrative.set', { year: 2024, dutiesParagraph: '局长切实履行第一责任人职责。', problems: [], plans: ['创新普法形式。'] });
    expect((await check(r)).findings.map((f) => f.code)).toEqual(['summary-missing', 'problems-missing', 'leader-study-missing']);
  });

  it('uses the template asked for, and refuses one that does not exist in Chinese', async () => {
    const { r } = await readyYear();
    const templates = await r.call('report.templates.list', {});
    const outline = templates.find((t) => t.key === 'outline')!;
    expect((await r.call('report.readiness', { year: 2024, templateId: outline.id })).templateId).toBe(outline.id);
    const err = await rejected(r.call('report.readiness', { year: 2024, templateId: 999 }));
    expect(err.message).toContain('找不到这个报告模板');
  });

  it('leaves the stored draft as it was: the check assembles in memory', async () => {
    const { r, add } = await readyYear();
    const [five] = await r.call('report.templates.list', {});
    await r.call('report.assemble', { year: 2024, templateId: five!.id });
    const before = await r.call('report.draft.get', { year: 2024 });
    await add('functions', { date: '2024-07-08', title: '优化营商环境座谈' });
    expect((await check(r)).findings.map((f) => f.code)).toEqual(['summary-missing']);
    expect(await r.call('report.draft.get', { year: 2024 })).toEqual(before);
  });
});
