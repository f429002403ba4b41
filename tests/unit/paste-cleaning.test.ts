import { describe, expect, it } from 'vitest';
import { stripLeadingNumbering } from '../../shared/report/text/leading-number';
import { cutLeadOut, endsWithLeadOut, splitOpener, startsWithOpener } from '../../shared/report/text/paste-cleaning';

// Pasted hand-written parts: the numbering, lead-out and opener the template gives as well.

describe('stripLeadingNumbering', () => {
  it.each([
    ['（一）加大统筹协调力度。', '（一）'],
    ['(一)加大统筹协调力度。', '(一)'],
    ['（ 二 ） 加大统筹协调力度。', '（ 二 ）'],
    ['一、加大统筹协调力度。', '一、'],
    ['十二、加大统筹协调力度。', '十二、'],
    ['1.加大统筹协调力度。', '1.'],
    ['1. 加大统筹协调力度。', '1.'],
    ['1．加大统筹协调力度。', '1．'],
    ['１．加大统筹协调力度。', '１．'],
    ['12、加大统筹协调力度。', '12、'],
    ['（1）加大统筹协调力度。', '（1）'],
    ['(1)加大统筹协调力度。', '(1)'],
    ['1）加大统筹协调力度。', '1）'],
    ['①加大统筹协调力度。', '①'],
    ['一是加大统筹协调力度。', '一是'],
    ['二是，加大统筹协调力度。', '二是，'],
    ['第一，加大统筹协调力度。', '第一，'],
    ['第三点、加大统筹协调力度。', '第三点、'],
    ['首先，加大统筹协调力度。', '首先，'],
    ['其二，加大统筹协调力度。', '其二，'],
    ['  （一）加大统筹协调力度。', '（一）'],
  ])('%s loses “%s”', (text, removed) => {
    expect(stripLeadingNumbering(text)).toEqual({ text: '加大统筹协调力度。', removed });
  });

  it('takes off repeated numbering too', () => {
    expect(stripLeadingNumbering('（一）1.加大统筹协调力度。')).toEqual({ text: '加大统筹协调力度。', removed: '（一）1.' });
    expect(stripLeadingNumbering('一、（二）一是加强学习。')).toEqual({ text: '加强学习。', removed: '一、（二）一是' });
  });

  it.each([
    '2023年，我局全面推进依法行政。',
    '12345热线办理群众诉求。',
    '1.5万人次参加线上学法。',
    '3、4月份开展宪法宣传。',
    '一、二季度集中开展执法检查。',
    '（2023）年度计划已印发。',
    '第一责任人职责落实不到位。',
    '一年来，执法力量依然薄弱。',
    '十四五规划实施进入攻坚期。',
    '首先要抓好学习。',
    '（一）',
  ])('keeps a number that is content: %s', (text) => {
    expect(stripLeadingNumbering(text)).toEqual({ text, removed: '' });
  });

  it('keeps the first ordinal of an item that enumerates within itself', () => {
    const text = '一是执法力量薄弱；二是宣传方式单一。';
    expect(stripLeadingNumbering(text)).toEqual({ text, removed: '' });
    expect(stripLeadingNumbering('（一）一是执法力量薄弱；二是宣传方式单一。')).toEqual({ text, removed: '（一）' });
    expect(stripLeadingNumbering('首先，加强学习；其次，狠抓落实。').removed).toBe('');
  });
});

describe('lead-outs', () => {
  it.each(['现就一年来工作开展情况报告如下。', '现将有关情况报告如下：', '现将有关情况报告如下', '特此汇报如下：', '现将主要工作情况如下:', '报告如下 。'])('%s ends in a lead-out', (text) => {
    expect(endsWithLeadOut(`我局荣获全省法治政府建设示范单位称号。${text}`)).toBe(true);
  });

  it.each(['', '我局荣获全省法治政府建设示范单位称号。', '报告如下内容已经修改。', '主要做法有以下几点：'])('“%s” does not', (text) => {
    expect(endsWithLeadOut(text)).toBe(false);
  });

  it('cuts the last sentence, or only its clause when it opens with 现将/现就', () => {
    expect(cutLeadOut('我局荣获示范单位称号。现就一年来工作开展情况报告如下。')).toEqual({ text: '我局荣获示范单位称号。', leadOut: '现就一年来工作开展情况报告如下。' });
    expect(cutLeadOut('我局荣获示范单位称号，现将有关情况报告如下：')).toEqual({ text: '我局荣获示范单位称号。', leadOut: '现将有关情况报告如下：' });
    expect(cutLeadOut('现将有关情况报告如下：')).toEqual({ text: '', leadOut: '现将有关情况报告如下：' });
    expect(cutLeadOut('我局荣获示范单位称号。')).toEqual({ text: '我局荣获示范单位称号。', leadOut: '' });
  });
});

describe('openers', () => {
  const opener = '2023年，某区司法局法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足，主要表现在：';

  it('finds the opener’s main clause, whatever the punctuation, spaces and the lead-in’s wording', () => {
    expect(startsWithOpener(`${opener}执法力量薄弱。`, opener)).toBe(true);
    expect(startsWithOpener('2023年,某区司法局法治政府建设工作取得了一定的成绩 但仍存在着一些差距和不足，主要表现在以下几个方面：', opener)).toBe(true);
    expect(startsWithOpener('执法力量薄弱。2023年，某区司法局法治政府建设工作取得了一定的成绩', opener)).toBe(false);
    expect(startsWithOpener('2023年，某区司法局法治政府建设工作取得了一定的成绩。', opener)).toBe(false);
    expect(startsWithOpener('2023年，我局法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足', opener)).toBe(false);
  });

  it('splits the user’s wording of the opener from the rest', () => {
    expect(splitOpener('2023年，某区司法局法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足，主要表现在以下几个方面：一是执法力量薄弱。', opener)).toEqual({
      opener: '2023年，某区司法局法治政府建设工作取得了一定的成绩，但仍存在着一些差距和不足，主要表现在以下几个方面：',
      rest: '一是执法力量薄弱。',
    });
    expect(splitOpener(opener, opener)).toEqual({ opener, rest: '' });
  });

  it('an opener ending in “。” is matched whole; a very short one never', () => {
    const plans = '2024年，我单位将继续坚持以习近平新时代中国特色社会主义思想为指导，持续推进法治政府建设。';
    expect(splitOpener(`${plans}重点做好以下工作。`, plans)).toEqual({ opener: plans, rest: '重点做好以下工作。' });
    expect(startsWithOpener('2024年，我单位将继续坚持以习近平新时代中国特色社会主义思想为指导。', plans)).toBe(false);
    expect(startsWithOpener('主要表现在：执法力量薄弱。', '主要表现在：')).toBe(false);
    expect(startsWithOpener('加强学习。', '')).toBe(false);
  });
});
