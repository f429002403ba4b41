import { describe, expect, it } from 'vitest';
import { blockText } from '../../shared/report/report-document';
import { assembleFixture, builtin } from '../fixtures/reports/assemble-fixture';
import { expectFixtureReport, sectionOf, textUnder } from '../fixtures/reports/fixture-checks';
import { REPORT_000 } from '../fixtures/reports/report-000';
import { REPORT_001 } from '../fixtures/reports/report-001';
import { LEADER_PART, PUFA, REPORT_004 } from '../fixtures/reports/report-004';

// The three published example reports, rebuilt from their 台账 and assembled without a database.

const assemble = assembleFixture;

describe('report-000 柳州市莲花山保护中心 2022, its own copy of the three-part template', () => {
  const { assembled, doc, ids } = assemble(REPORT_000);

  it('puts every entry and figure under its heading, numbered without gaps, figures as §7 writes them', () => {
    expect(REPORT_000.entries.length).toBeGreaterThanOrEqual(12);
    expectFixtureReport(REPORT_000, doc, ids);
  });

  it('has the title, an opening without a superior, and the signature from the narrative', () => {
    expect(doc.title).toBe('柳州市莲花山保护中心2022年法治政府建设情况报告');
    const opening = blockText(doc.blocks[0]!);
    expect(opening).toMatch(/^2022年，柳州市莲花山保护中心坚持以习近平新时代中国特色社会主义思想为指导/);
    expect(opening).not.toContain('坚强领导');
    expect(opening.endsWith('现将2022年法治政府建设情况报告如下：')).toBe(true);
    expect(doc.signature).toEqual({ unit: '柳州市莲花山保护中心', date: '2023年1月16日' });
  });

  it('writes long items as numbered run-in paragraphs with a bold lead, and the problems as 一是……二是……', () => {
    const first = doc.blocks.find((b) => b.kind === 'paragraph' && b.number === '1.' && blockText(b).includes('建立制度保障科学决策'));
    expect(first?.kind === 'paragraph' && first.runs[0]).toEqual({ text: '1.建立制度保障科学决策。', bold: true, runIn: 3 });
    const problems = doc.blocks.find((b) => b.key === 'problems.items');
    expect(problems && blockText(problems)).toMatch(/^一是执法人员培训机会少，能力提升慢。.*。二是宣传力度不够强劲，.*影响不大。$/);
    const plans = doc.blocks.find((b) => b.key === 'plans.items');
    expect(plans && blockText(plans)).toMatch(/^一是积极发挥.*研讨；二是.*；三是.*素养；四是.*素材。$/);
  });

  it('leaves the figures of period totals out of the sentences and puts them in the totals', () => {
    expect(textUnder(doc, '强化权力运行监督')).toMatch(/全年共办理人大提案1件，答复政府热线38件。$/);
    expect(assembled.warnings.filter((w) => w.code === 'empty-subsection').map((w) => w.key)).toEqual(['measures.other']);
  });
});

describe('report-001 阳和工业新区 2022, the outline template', () => {
  const { doc, ids, assembled } = assemble(REPORT_001);

  it('puts every entry and figure under its 纲要 chapter, numbered without gaps', () => {
    expectFixtureReport(REPORT_001, doc, ids);
  });

  it('folds the principal leader into part 一 as its own subsection, with the duties paragraph first', () => {
    const under = sectionOf(doc);
    const leader = doc.blocks.filter((b) => b.kind === 'paragraph' && under.get(b) === '党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(leader[0]?.key).toBe('measures.first-duty.duties');
    expect(leader.flatMap((b) => b.sources)).toEqual(expect.arrayContaining([ids[2], ids[3]]));
  });

  it('sums counters kept per office and numbers the four problems （一）…（四） as run-in headings', () => {
    const problems = doc.blocks.filter((b) => b.kind === 'paragraph' && b.key.startsWith('problems#'));
    expect(problems.map((b) => (b.kind === 'paragraph' ? b.number : ''))).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(problems[0]?.kind === 'paragraph' && problems[0].runs[0]).toEqual({ text: '（一）新区法治政府建设工作起步晚，未形成系统工程。', runIn: 2 });
    // The published report numbers its plans （一）（二）（三）（三）: here they cannot go wrong.
    const numbered = assemble(REPORT_001, undefined, { styles: { plans: 'numbered' } }).doc;
    const plans = numbered.blocks.filter((b) => b.kind === 'paragraph' && b.key.startsWith('plans#'));
    expect(plans.map((b) => (b.kind === 'paragraph' ? b.number : ''))).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(assembled.warnings.map((w) => w.code)).not.toContain('counter-overlap');
  });

  it('names the superior in the opening', () => {
    expect(blockText(doc.blocks[0]!)).toContain('柳州市阳和工业新区（北部生态新区）在市委、市政府的坚强领导下');
  });
});

describe('report-004 越城区文广旅游局 2023', () => {
  it('five-part: part 三 holds the duties paragraph, the tally of the principal leader’s entries, and those of no other subsection', () => {
    const { doc, ids, assembled } = assemble(REPORT_004);
    expectFixtureReport(REPORT_004, doc, ids);
    const leaderIds = REPORT_004.entries.flatMap((e, i) => (e.leaderRole ? [ids[i]] : []));
    const under = sectionOf(doc);
    const partThree = doc.blocks.filter((b) => under.get(b) === LEADER_PART && b.kind === 'paragraph');
    expect(partThree[0]?.key).toBe('leader.duties');
    expect(blockText(partThree[0]!)).toBe(
      '我局领导班子严格按照法治建设第一责任人要求，组织制定本部门法治政府建设实施规划、年度计划，对法治建设的重要工作亲自部署、重大事项亲自协调、重要任务亲自督办，重要工作进展情况及时请示报告。',
    );
    expect([...new Set(partThree.flatMap((b) => b.sources))].sort()).toEqual([...leaderIds].sort());
    const tally = partThree.find((b) => b.key === 'leader.tally');
    expect(tally && blockText(tally)).toBe('全年，党组书记、局长主持成立法治建设工作领导小组、听取法治建设工作汇报、开展党组会集体决策重大事项工作3次，参加部署“八五”普法1次。');
    // The published text uses half-width commas throughout; the report does not, and says so.
    expect(assembled.warnings.filter((w) => w.code === 'punctuation-fixed').length).toBeGreaterThanOrEqual(2);
    expect(blockText(doc.blocks[0]!)).toContain('有序开展。我局坚持把法治政府建设作为贯穿全局工作的主线，为我区文旅经济发展提供坚强的法治保障。现将2023年法治政府建设情况报告如下：');
    expect(blockText(doc.blocks.at(-1)!)).toBe('无。');
  });

  it('three-part: the same entries, with part 三 folded into part 一 as a subsection', () => {
    const { doc, ids } = assemble(REPORT_004, builtin('three-part'));
    expect(doc.blocks.filter((b) => b.kind === 'heading1').map((b) => `${b.number}${b.text}`)).toEqual([
      '一、2023年法治政府建设主要举措和成效',
      '二、存在的问题和原因',
      '三、下一步工作计划',
    ]);
    const folded = '党政主要负责人履行推进法治建设第一责任人职责情况';
    expect(textUnder(doc, folded)).toContain('定期听取法治建设、依法行政有关工作汇报');
    const under = sectionOf(doc);
    REPORT_004.entries.forEach((e, i) => {
      if (!e.leaderRole) return;
      const placed = doc.blocks.filter((b) => b.sources.includes(ids[i] as string)).map((b) => under.get(b));
      expect(new Set(placed), e.title).toEqual(new Set([folded, e.under === LEADER_PART ? folded : e.under]));
    });
    expect(textUnder(doc, PUFA)).toContain('全年共开展普法宣传活动4次。');
  });
});
