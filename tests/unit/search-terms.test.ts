import { describe, expect, it } from 'vitest';
import { textSearch } from '../../electron/store/activity-search';
import { isLetterRun, searchTokens, searchWords, segmentForIndex } from '../../shared/text/search-terms';

describe('segmentForIndex: the text as the search index keeps it', () => {
  it('makes every CJK character and every digit a token of its own', () => {
    expect(segmentForIndex('行政复议')).toBe('行 政 复 议');
    expect(segmentForIndex('2024年')).toBe('2 0 2 4 年');
  });

  it('keeps a run of Latin letters as one lower-cased word', () => {
    expect(segmentForIndex('ABC公司PPT课件')).toBe('abc 公 司 ppt 课 件');
  });

  it('folds full-width letters and digits to ordinary ones', () => {
    expect(segmentForIndex('ＡＢＣ２０２４')).toBe('abc 2 0 2 4');
  });

  it('drops punctuation, quotation marks and 《》, which only separate tokens', () => {
    expect(segmentForIndex('学习《行政复议法》，“三项制度”！')).toBe('学 习 行 政 复 议 法 三 项 制 度');
    expect(segmentForIndex('% _ * - ( ) " ^ :')).toBe('');
  });

  it('keeps accented letters together in one word', () => {
    expect(segmentForIndex('Café')).toBe('café');
    expect(segmentForIndex('Cafe\u0301')).toBe('café');
  });
});

describe('searchWords: what the user typed', () => {
  it('splits on spaces, full-width ones too, and keeps each word’s tokens', () => {
    expect(searchWords(' 普法\u3000行政复议  ').map((w) => [w.raw, w.tokens])).toEqual([
      ['普法', ['普', '法']],
      ['行政复议', ['行', '政', '复', '议']],
    ]);
  });

  it('gives a punctuation-only word no tokens', () => {
    expect(searchWords('%')).toEqual([{ raw: '%', tokens: [] }]);
  });

  it('tells a letter run from a single character', () => {
    expect(searchTokens('abc法1').map((t) => [t, isLetterRun(t)])).toEqual([
      ['abc', true],
      ['法', false],
      ['1', false],
    ]);
  });
});

describe('textSearch: the FTS5 query', () => {
  it('turns each word into a quoted phrase and requires all of them', () => {
    expect(textSearch('法')).toEqual({ match: '"法"', literals: [] });
    expect(textSearch('普法 行政复议')).toEqual({ match: '"普 法" AND "行 政 复 议"', literals: [] });
  });

  it('lets a word ending in Latin letters match longer words', () => {
    expect(textSearch('PP')).toEqual({ match: '"pp" *', literals: [] });
    expect(textSearch('ABC公司')).toEqual({ match: '"abc 公 司"', literals: [] });
  });

  it('keeps FTS5 syntax typed by the user inside quotes, as text', () => {
    expect(textSearch('NEAR(行政 AND "复议*" -x ^y:z')).toEqual({
      match: '"near 行 政" AND "and" * AND "复 议" AND "x" * AND "y z" *',
      literals: [],
    });
  });

  it('keeps punctuation-only words apart, to be matched literally', () => {
    expect(textSearch('% 普法')).toEqual({ match: '"普 法"', literals: ['%'] });
    expect(textSearch('《》')).toEqual({ match: null, literals: ['《》'] });
  });
});
