import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../shared/report/text/cn-numerals';
import { autoStyle, joinYishi, splitLead } from '../../shared/report/text/enumeration';
import { countHanzi } from '../../shared/report/text/hanzi';
import { numberFor, stripTypedNumber, yishiOrdinal } from '../../shared/report/text/numbering';
import { fillTemplateText, parseTemplateText } from '../../shared/report/text/placeholders';
import { ensureSentenceEnd, normalizePunctuation, withSentenceEnd } from '../../shared/report/text/punctuation';

describe('numbering', () => {
  it('numbers the four levels 一、 （一） 1. （1）', () => {
    expect([1, 2, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '二十三']);
    expect(numberFor(1, 3)).toBe('三、');
    expect(numberFor(2, 12)).toBe('（十二）');
    expect(numberFor(3, 2)).toBe('2.');
    expect(numberFor(4, 2)).toBe('（2）');
    expect(yishiOrdinal(4)).toBe('四是');
  });

  it('strips a number typed by hand, half-width or not, and nothing else', () => {
    expect(stripTypedNumber('(一)加强组织领导')).toBe('加强组织领导');
    expect(stripTypedNumber('（三）加强组织领导')).toBe('加强组织领导');
    expect(stripTypedNumber('1、健全制度')).toBe('健全制度');
    expect(stripTypedNumber('2.健全制度')).toBe('健全制度');
    expect(stripTypedNumber('一、主要举措')).toBe('主要举措');
    expect(stripTypedNumber('2.5万人参加')).toBe('2.5万人参加');
    expect(stripTypedNumber('2022年制定')).toBe('2022年制定');
  });
});

describe('normalizePunctuation', () => {
  it('turns half-width marks next to Chinese into full-width', () => {
    expect(normalizePunctuation('2023年,区文广旅游局法治政府建设工作在区委、区政府领导下,以习近平新时代中国特色社会主义思想为指导;').text).toBe(
      '2023年，区文广旅游局法治政府建设工作在区委、区政府领导下，以习近平新时代中国特色社会主义思想为指导；',
    );
    expect(normalizePunctuation('报告如下:').text).toBe('报告如下：');
    expect(normalizePunctuation('(一)加强组织领导,推进依法行政').text).toBe('（一）加强组织领导，推进依法行政');
    expect(normalizePunctuation('阳和工业新区(北部生态新区）').text).toBe('阳和工业新区（北部生态新区）');
    expect(normalizePunctuation('(1)做好宣传').text).toBe('（1）做好宣传');
    expect(normalizePunctuation('是否到位?确实!').text).toBe('是否到位？确实！');
  });

  it('keeps figures and Latin text as they are: 2.5 · 100% · 1,000 · 10:30 · http:// · f(x)', () => {
    for (const kept of ['增长2.5%', '公示率达到100%', '共1,000份', '10:30开始', 'http://www.gov.cn', 'f(x)', 'Windows 10', '柳莲保发〔2022〕12号', '1.健全制度']) {
      const result = normalizePunctuation(kept);
      expect(result.text).toBe(kept);
      expect(result.changed).toBe(false);
    }
  });

  it('removes stray spaces between Chinese, and between a number and its unit; fixes doubled marks', () => {
    expect(normalizePunctuation('发放 宣传材料 500 份').text).toBe('发放宣传材料500份');
    expect(normalizePunctuation('公示率 100 %').text).toBe('公示率100%');
    expect(normalizePunctuation('完成整改。。').text).toBe('完成整改。');
    expect(normalizePunctuation('一是学习；。二是').text).toBe('一是学习。二是');
    expect(normalizePunctuation('全角数字１２３件，１００％').text).toBe('全角数字123件，100%');
    expect(normalizePunctuation('开展  学法').changed).toBe(true);
  });

  it('ends a sentence with exactly one mark', () => {
    expect(withSentenceEnd('完成整改；')).toBe('完成整改。');
    expect(withSentenceEnd('完成整改。。')).toBe('完成整改。');
    expect(withSentenceEnd('完成整改', '；')).toBe('完成整改；');
    expect(ensureSentenceEnd('是否到位？')).toBe('是否到位？');
    expect(ensureSentenceEnd('报告如下')).toBe('报告如下。');
  });
});

describe('enumeration', () => {
  it('joins items 一是……；二是……。 with one end mark each', () => {
    expect(joinYishi(['加强学习。', '强化执法；', '三是深化普法'])).toBe('一是加强学习；二是强化执法；三是深化普法。');
  });

  it('ends every item with 。 when an item has sentences of its own (a lead, then detail)', () => {
    expect(joinYishi(['加强理论学习。将习近平法治思想纳入学习内容', '丰富教育形式'])).toBe('一是加强理论学习。将习近平法治思想纳入学习内容。二是丰富教育形式。');
  });

  it('writes one item as a plain sentence: no 一是 without 二是', () => {
    expect(joinYishi(['开展宪法宣传'])).toBe('开展宪法宣传。');
    expect(joinYishi([])).toBe('');
  });

  it('chooses 一是 for up to 4 short items and numbered paragraphs for long or many', () => {
    expect(autoStyle(['开展宪法宣传', '开展民法典宣传'])).toBe('yishi');
    expect(autoStyle(['一', '二', '三', '四', '五'])).toBe('numbered');
    expect(autoStyle(['长'.repeat(81), '短'])).toBe('numbered');
  });

  it('finds a short title-like lead, not a sentence with figures or a long one', () => {
    expect(splitLead('加强理论学习。将学习贯彻习近平法治思想纳入内容。')).toEqual({ lead: '加强理论学习。', rest: '将学习贯彻习近平法治思想纳入内容。' });
    expect(splitLead('全年开展活动12次。另有')).toBeUndefined();
    expect(splitLead('只有一句。')).toBeUndefined();
    expect(splitLead(`${'很'.repeat(40)}。后文`)).toBeUndefined();
  });

  it('counts 汉字 only', () => {
    expect(countHanzi('2024年，发放500份（材料）')).toBe(6);
  });
});

describe('placeholders', () => {
  const resolve = (p: Parameters<Parameters<typeof fillTemplateText>[1]>[0]) => {
    if (p.kind === 'field') return ({ 单位: '某区司法局', 年度: '2024', 上级: '' } as Record<string, string>)[p.name] || undefined;
    if (p.kind === 'metric') return p.name === '开展活动' ? '12次' : undefined;
    return undefined;
  };

  it('fills fields and metrics, and drops a [ ] group whose value is missing', () => {
    expect(fillTemplateText('{年度}年，{单位}[在{上级}的坚强领导下，]坚持……', resolve).text).toBe('2024年，某区司法局坚持……');
    const filled = fillTemplateText('全年[共开展活动{指标:开展活动}，][发放资料{指标:发放资料}]', resolve);
    expect(filled.text).toBe('全年共开展活动12次，');
    expect(filled.missing).toEqual([]);
  });

  it('marks a required value that is missing, for the user to see', () => {
    const filled = fillTemplateText('在{上级}的领导下', resolve);
    expect(filled.text).toBe('在〔上级〕的领导下');
    expect(filled.missing).toEqual([{ kind: 'field', name: '上级' }]);
  });

  it('reports unbalanced braces and bad metric syntax in Chinese', () => {
    expect(parseTemplateText('{单位').errors[0]).toContain('没有配对');
    expect(parseTemplateText('{指标:活动|环比}').errors[0]).toContain('同比');
    expect(parseTemplateText('{比率:通过}').errors[0]).toContain('分子指标/分母指标');
    expect(parseTemplateText('[a[b]]').errors.length).toBeGreaterThan(0);
  });
});
