import { describe, expect, it } from 'vitest';
import type { ReportNarrative } from '../../shared/domain/report-narrative';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import type { ReportTemplateBody } from '../../shared/domain/report-template';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import { renderDocument } from '../../shared/report/assembly/render-document';
import { blockText } from '../../shared/report/report-document';
import { reportTemplateBody } from '../../shared/report/template-schema';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIXTURE_CATEGORIES, toActivity } from '../fixtures/reports/fixture-activities';

// Hand-written parts pasted from an earlier report, with their own numbering, lead-out and opener:
// the finished report says each of them once.

const FIVE = BUILTIN_TEMPLATES[0]!.body;
const PROBLEMS_OPENER = '2023年，某区司法局法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足，主要表现在：';

const PLANS = [
  '（一）加大统筹协调力度。充分发挥法治政府建设领导小组的统筹协调作用，定期听取法治政府建设工作汇报，研究解决工作中的重点难点问题，推动各项任务落实落细，确保法治政府建设各项工作取得实效。',
  '2.强化队伍建设。加强执法人员业务培训和法律知识学习，组织开展执法案卷评查和执法技能比武，鼓励年轻干部参加法律职业资格考试，不断提高执法队伍的专业素质和依法行政能力。',
];

function assemble(narrative: Partial<ReportNarrative>, template: ReportTemplateBody = FIVE) {
  const assembled = assembleReport({
    year: 2023,
    today: '2024-01-20',
    unit: { name: '某区司法局', leaderName: '张三', leaderTitle: '局长' },
    template,
    categories: FIXTURE_CATEGORIES,
    entries: [toActivity({ date: '2023-03-01', title: '宪法宣传', summary: '开展宪法宣传', under: '', category: 'pufa' }, 1)],
    lastYearTotals: [],
    narrative: { ...EMPTY_NARRATIVE, ...narrative },
    choices: { styles: {}, keepEmpty: {}, excluded: [] },
  });
  const doc = renderDocument(assembled.title, assembled.blocks, assembled.signature);
  return { assembled, doc, text: doc.blocks.map(blockText).join('\n') };
}

const count = (text: string, part: string) => text.split(part).length - 1;
const cleaned = (r: ReturnType<typeof assemble>) => r.assembled.warnings.filter((w) => w.code === 'paste-cleaned');

describe('a narrative pasted with its numbering, lead-out and opener', () => {
  const r = assemble({
    preface: '我局荣获全省法治政府建设示范单位称号。现就一年来工作开展情况报告如下。',
    problems: [`${PROBLEMS_OPENER}`, '（一）执法力量薄弱。一线执法人员不足，专业人才欠缺。', '（二）宣传方式单一。普法宣传形式较为传统，针对性不强。'],
    plans: PLANS,
  });

  it('numbers the pasted plans once', () => {
    expect(count(r.text, '（一）加大统筹协调力度')).toBe(1);
    expect(r.text).not.toContain('（一）（一）');
    expect(r.text).toContain('（二）强化队伍建设');
    expect(r.text).not.toContain('2.强化');
  });

  it('leads out once, with the preface’s own words and a colon', () => {
    expect(count(r.text, '报告如下')).toBe(1);
    expect(blockText(r.doc.blocks[0]!)).toMatch(/有序开展。我局荣获全省法治政府建设示范单位称号。现就一年来工作开展情况报告如下：$/);
  });

  it('gives the opener once, as the part’s lead paragraph, not as an item', () => {
    expect(count(r.text, '但仍存在着一些差距和不足')).toBe(1);
    expect(r.assembled.blocks.find((b) => b.key === 'problems.opener')).toMatchObject({ origin: 'narrative', text: PROBLEMS_OPENER });
    expect(r.assembled.blocks.find((b) => b.key === 'problems.items')?.text).toBe('一是执法力量薄弱。一线执法人员不足，专业人才欠缺。二是宣传方式单一。普法宣传形式较为传统，针对性不强。');
  });

  it('says what was cleaned', () => {
    const messages = cleaned(r).map((w) => [w.key, w.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['opening', '开头补充的末尾已有“现就一年来工作开展情况报告如下”，模板的“现将2023年法治政府建设情况报告如下”不再重复'],
        ['problems#1', '“2023年度推进法治政府建设存在的不足和原因”第1段已含有模板的引导语，模板引导语不再重复'],
        ['problems#2', '“2023年度推进法治政府建设存在的不足和原因”第2段开头的编号“（一）”已去掉，报告会自动编号'],
        ['plans#1', '“2024年度推进法治政府建设的主要安排”第1段开头的编号“（一）”已去掉，报告会自动编号'],
        ['plans#2', '“2024年度推进法治政府建设的主要安排”第2段开头的编号“2.”已去掉，报告会自动编号'],
      ]),
    );
  });
});

describe('the opener inside the first item, and what is left as it was', () => {
  it('splits an opener that runs on into the first item', () => {
    const r = assemble({ problems: [`${PROBLEMS_OPENER}一是执法力量薄弱。`, '二是宣传方式单一。'], plans: PLANS });
    expect(r.assembled.blocks.find((b) => b.key === 'problems.opener')?.text).toBe(PROBLEMS_OPENER);
    expect(r.assembled.blocks.find((b) => b.key === 'problems.items')?.text).toBe('一是执法力量薄弱；二是宣传方式单一。');
  });

  it('one pasted paragraph holding opener and problems stays whole, without the template’s opener', () => {
    const only = `${PROBLEMS_OPENER}一是执法力量薄弱；二是宣传方式单一。`;
    const r = assemble({ problems: [only], plans: PLANS });
    expect(r.assembled.blocks.find((b) => b.key === 'problems.opener')).toBeUndefined();
    expect(r.assembled.blocks.find((b) => b.key === 'problems.items')?.text).toBe(only);
  });

  it('a plain narrative is not touched and warns nothing', () => {
    const r = assemble({ preface: '我局荣获全省法治政府建设示范单位称号', problems: ['执法力量薄弱。'], plans: ['加强学习。', '狠抓落实。'] });
    expect(cleaned(r)).toEqual([]);
    expect(blockText(r.doc.blocks[0]!)).toMatch(/我局荣获全省法治政府建设示范单位称号。现将2023年法治政府建设情况报告如下：$/);
    expect(r.assembled.blocks.find((b) => b.key === 'problems.opener')).toMatchObject({ origin: 'template', text: PROBLEMS_OPENER });
  });

  it('a template saying more after the preface keeps its own lead-out last', () => {
    const body = reportTemplateBody.parse({ ...structuredClone(FIVE), opening: '{年度}年，{单位}扎实推进依法行政。[{开头补充}]全年各项工作有序开展。现将有关情况报告如下：' });
    const r = assemble({ preface: '我局荣获示范单位称号，现将一年来工作情况汇报如下：', problems: ['执法力量薄弱。'], plans: ['加强学习。'] }, body);
    expect(blockText(r.doc.blocks[0]!)).toBe('2023年，某区司法局扎实推进依法行政。我局荣获示范单位称号。全年各项工作有序开展。现将有关情况报告如下：');
    expect(cleaned(r).map((w) => w.key)).toEqual(['opening']);
  });

  it('a template whose opening has no preface keeps its opening as it is', () => {
    const body = reportTemplateBody.parse({ ...structuredClone(FIVE), opening: '{年度}年，{单位}扎实推进依法行政。现将有关情况报告如下：' });
    const r = assemble({ preface: '现就一年来工作开展情况报告如下。', problems: ['执法力量薄弱。'], plans: ['加强学习。'] }, body);
    expect(blockText(r.doc.blocks[0]!)).toBe('2023年，某区司法局扎实推进依法行政。现将有关情况报告如下：');
    expect(cleaned(r)).toEqual([]);
  });
});
