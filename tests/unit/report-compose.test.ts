import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../shared/report/assembly/assembly-input';
import { entryComposer } from '../../shared/report/compose/entry-composer';
import { datePhrase } from '../../shared/report/compose/date-phrase';
import type { EntryMetric } from '../../shared/domain/metric';
import { defaultPhraseRules } from '../../shared/domain/phrase-rules';

// The composer writes an entry's sentence from its fields alone: each date form, a bare noun title, a
// title with its verb, figures with 余, 万 and rates, a document — and, for bad input, a correct
// sentence or the title with a warning, never a number, place or person the entry does not give.

const CATEGORIES = [
  { id: 1, key: 'pufa', name: '普法宣传' },
  { id: 2, key: 'study', name: '学法' },
  { id: 3, key: 'enforcement', name: '行政执法' },
  { id: 4, key: null, name: '本单位自定类别' },
];

const unit = { name: '某区文广旅游局', leaderName: '', leaderTitle: '党组书记、局长' };
const compose = entryComposer({ template: { phrases: defaultPhraseRules() }, categories: CATEGORIES, unit });

const metric = (name: string, value: number, unit: string, approximate = false): EntryMetric => ({ name, value, unit, approximate });

function entry(over: Partial<ReportEntry>): ReportEntry {
  return {
    id: 'e1', date: '2025-03-15', endDate: null, datePrecision: 'day', createdAt: '2025-03-15T08:00:00Z', categoryId: 1, title: '民法典进社区', summary: '',
    location: '', participantCount: null, participantsDesc: '', leaderRole: '', docTitle: '', docNumber: '', period: '', tags: [], metrics: [], ...over,
  };
}

describe('date phrase', () => {
  it('writes a day, a range in one month, a range across months, whole months, halves, quarters and the year', () => {
    expect(datePhrase('2025-03-15', null, '')).toBe('3月15日');
    expect(datePhrase('2025-03-15', '2025-03-15', '')).toBe('3月15日');
    expect(datePhrase('2025-03-15', '2025-03-20', '')).toBe('3月15日至20日');
    expect(datePhrase('2025-03-15', '2025-05-20', '')).toBe('3月15日至5月20日');
    expect(datePhrase('2025-06-01', '2025-06-30', '')).toBe('6月');
    expect(datePhrase('2025-03-01', '2025-05-31', '')).toBe('3月至5月');
    expect(datePhrase('2025-01-01', '2025-06-30', '')).toBe('上半年');
    expect(datePhrase('2025-07-01', '2025-12-31', '')).toBe('下半年');
    expect(datePhrase('2025-07-01', '2025-09-30', '')).toBe('第三季度');
    expect(datePhrase('2025-01-01', '2025-12-31', '')).toBe('全年');
    expect(datePhrase('2024-02-01', '2024-02-29', '')).toBe('2月');
  });

  it('gives a period total no date, and an end date before the start is ignored', () => {
    expect(datePhrase('2025-12-31', null, 'year')).toBe('');
    expect(datePhrase('2025-03-31', null, 'quarter')).toBe('');
    expect(datePhrase('2025-03-15', '2025-03-01', '')).toBe('3月15日');
  });

  it('says the months of an entry known only to the month as written, never a quarter or half-year', () => {
    expect(datePhrase('2025-07-01', '2025-07-31', '', 'month')).toBe('7月');
    expect(datePhrase('2025-07-01', null, '', 'month')).toBe('7月');
    expect(datePhrase('2023-10-01', '2023-11-30', '', 'month')).toBe('10月至11月');
    expect(datePhrase('2025-10-01', '2025-12-31', '', 'month')).toBe('10月至12月');
    expect(datePhrase('2025-01-01', '2025-06-30', '', 'month')).toBe('1月至6月');
    expect(datePhrase('2023-11-01', '2024-01-31', '', 'month')).toBe('11月至次年1月');
    // The same dates known to the day keep their names.
    expect(datePhrase('2025-10-01', '2025-12-31', '', 'day')).toBe('第四季度');
    expect(datePhrase('2025-01-01', '2025-06-30', '')).toBe('上半年');
  });

  it('gives an entry known only to the year no date, and a period total none whatever its precision', () => {
    expect(datePhrase('2026-01-01', '2026-12-31', '', 'year')).toBe('');
    expect(datePhrase('2025-07-01', '2025-07-31', 'quarter', 'month')).toBe('');
  });
});

describe('composed sentence', () => {
  it('a bare title gets the category’s verb and event word, then place, who and every figure', () => {
    const r = compose(entry({ location: '城南社区', participantCount: 23, metrics: [metric('接待咨询', 120, '人次'), metric('发放资料', 800, '份')] }));
    expect(r.text).toBe('3月15日，在城南社区开展民法典进社区宣传活动，参加23人，发放宣传资料800份、接待群众咨询120人次');
    expect(r.composed).toBe(true);
    expect(r.notes).toEqual([]);
  });

  it('a title ending in an event noun takes that noun’s verb; the 参加范围 and count read as one', () => {
    const r = compose(entry({ categoryId: 2, title: '党组理论中心组学习会议', participantsDesc: '局班子成员及中层干部', participantCount: 18 }));
    expect(r.text).toBe('3月15日，召开党组理论中心组学习会议，局班子成员及中层干部共18人参加');
  });

  it('a title that starts with its verb is kept; the leader is named as the unit profile names them', () => {
    const r = compose(entry({ categoryId: 2, title: '组织宪法宣誓', leaderRole: '主持', participantsDesc: '新任职干部' }));
    expect(r.text).toBe('3月15日，组织宪法宣誓，党组书记、局长主持，新任职干部参加');
  });

  it('names no person when the profile has no leader', () => {
    const bare = entryComposer({ template: { phrases: defaultPhraseRules() }, categories: CATEGORIES, unit: { name: '', leaderName: '', leaderTitle: '' } });
    expect(bare(entry({ title: '召开述法会议', leaderRole: '述法' })).text).toBe('3月15日，召开述法会议，主要负责人述法');
  });

  it('writes 余, 万 and rates as §7 does, and a figure the action names takes its number there', () => {
    const r = compose(entry({ categoryId: 3, title: '文化市场执法检查', metrics: [metric('执法检查', 35, '家次'), metric('罚款', 25000, '元'), metric('发放资料', 800, '份', true), metric('公示率', 100, '%')] }));
    expect(r.text).toBe('3月15日，开展文化市场执法检查35家次，罚款2.5万元、发放宣传资料800余份，公示率为100%');
  });

  it('keeps an amount already in 万元 as it is', () => {
    expect(compose(entry({ categoryId: 3, title: '旅游市场专项整治', metrics: [metric('罚款', 2.5, '万元')] })).text).toBe('3月15日，开展旅游市场专项整治，罚款2.5万元');
  });

  it('cites the document a title names in 《》 with its 文号, once', () => {
    const r = compose(entry({ categoryId: 4, title: '法治政府建设工作要点', docTitle: '法治政府建设工作要点', docNumber: '某文旅〔2025〕3号' }));
    expect(r.text).toBe('3月15日，印发《法治政府建设工作要点》（某文旅〔2025〕3号）');
    const other = compose(entry({ categoryId: 4, title: '召开法治工作专题会', docTitle: '2025年普法依法治理工作要点', docNumber: '' }));
    expect(other.text).toBe('3月15日，召开法治工作专题会，印发《2025年普法依法治理工作要点》');
  });

  it('a title naming its document by a short name cites it once, in full; a vague short name does not', () => {
    const short = compose(entry({ categoryId: 4, title: '印发法治建设工作方案', docTitle: '某中心法治建设工作方案（2021-2025年）', docNumber: '某发〔2022〕1号' }));
    expect(short.text).toBe('3月15日，印发《某中心法治建设工作方案（2021-2025年）》（某发〔2022〕1号）');
    const vague = compose(entry({ categoryId: 4, title: '印发方案', docTitle: '某中心法治建设工作方案', docNumber: '' }));
    expect(vague.text).toBe('3月15日，印发方案，印发《某中心法治建设工作方案》');
  });

  it('a whole-year range reads as part of its clause', () => {
    expect(compose(entry({ categoryId: 4, title: '召开党组会议', date: '2025-01-01', endDate: '2025-12-31' })).text).toBe('全年召开党组会议');
  });

  it('an entry known only to the month or the year says so, and no more', () => {
    expect(compose(entry({ title: '民法典进社区', date: '2025-10-01', endDate: '2025-12-31', datePrecision: 'month' })).text).toBe('10月至12月，开展民法典进社区宣传活动');
    expect(compose(entry({ title: '民法典进社区', date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year' })).text).toBe('开展民法典进社区宣传活动');
  });

  it('a range and a title that says its own month', () => {
    expect(compose(entry({ title: '宪法宣传周', date: '2025-12-01', endDate: '2025-12-07' })).text).toBe('12月1日至7日，开展宪法宣传周');
    expect(compose(entry({ categoryId: 2, title: '3月份集中学法' })).text).toBe('开展3月份集中学法');
  });
});

describe('bad input', () => {
  it('a metric whose name holds 、 is set apart with ， so the list still reads', () => {
    const r = compose(entry({ categoryId: 4, title: '法治政府建设领导小组会议', metrics: [metric('研究部署、协调推进法治政府建设工作', 10, '次', true), metric('印发文件', 3, '件')] }));
    expect(r.text).toBe('3月15日，召开法治政府建设领导小组会议，印发文件3件，研究部署、协调推进法治政府建设工作10余次');
  });

  it('a 0 is left out with a warning, never written as 0', () => {
    const r = compose(entry({ categoryId: 3, title: '执法检查', metrics: [metric('立案', 0, '件'), metric('检查经营单位', 35, '家')] }));
    expect(r.text).toBe('3月15日，开展执法检查，检查经营单位35家');
    expect(r.notes).toEqual([expect.objectContaining({ code: 'metric-zero', message: expect.stringContaining('立案') })]);
  });

  it('元 and 万元 of one name are both written, each with its unit', () => {
    const r = compose(entry({ categoryId: 3, title: '案件办理', metrics: [metric('罚款', 3000, '元'), metric('罚款', 1.2, '万元')] }));
    expect(r.text).toContain('罚款3000元、罚款1.2万元');
  });

  it('a title that is already a sentence is used as it stands, with the figures it lacks and a warning', () => {
    const r = compose(entry({ title: '组织干部参加学法考试，参考率100%', metrics: [metric('参学', 56, '人')] }));
    expect(r.text).toBe('3月15日，组织干部参加学法考试，参考率100%，参学56人');
    expect(r.notes).toEqual([expect.objectContaining({ code: 'compose-fallback' })]);
  });

  it('a 2-character title still gives a sentence, and a warning', () => {
    const r = compose(entry({ title: '普法' }));
    expect(r.text).toBe('3月15日，开展普法宣传活动');
    expect(r.notes).toEqual([expect.objectContaining({ code: 'compose-fallback', message: expect.stringContaining('2个字') })]);
  });

  it('invents nothing: no place, count or person the entry does not have', () => {
    const r = compose(entry({ title: '法治讲座' }));
    expect(r.text).toBe('3月15日，举办法治讲座');
  });
});

describe('a written summary', () => {
  it('is kept, and only the figures it does not mention are added', () => {
    const r = compose(entry({ summary: '在城南社区开展民法典宣传，发放资料800份。', participantCount: 40, metrics: [metric('发放资料', 800, '份'), metric('接待咨询', 120, '人次')] }));
    expect(r.text).toBe('在城南社区开展民法典宣传，发放资料800份，参加40人，接待群众咨询120人次');
    expect(r.composed).toBe(true);
  });

  it('that gives every figure is left exactly as written', () => {
    const r = compose(entry({ summary: '罚款2.5万元，参加12人。', participantCount: 12, metrics: [metric('罚款', 25000, '元')] }));
    expect(r).toEqual({ text: '罚款2.5万元，参加12人。', composed: false, notes: [] });
  });
});
