import { describe, expect, it } from 'vitest';
import type { ReportWarning } from '../../shared/domain/report-draft';
import { uniqueWarnings } from '../../shared/report/warnings/unique-warnings';

// The preview's warnings, each once: the same code and words about the same entries is one line.

const unit = (key: string): ReportWarning => ({ code: 'field-missing', key, message: '“单位”没有填写，报告中留了〔单位〕，请在单位信息或年度材料中补上' });

describe('uniqueWarnings', () => {
  it('keeps the first of warnings with the same code and message, wherever they are, in order', () => {
    const other: ReportWarning = { code: 'no-entries', message: '2024年度台账中还没有任何条目' };
    expect(uniqueWarnings([unit('title'), other, unit('opening'), unit('leader.duties')])).toEqual([unit('title'), other]);
  });

  it('keeps warnings apart when their code, message or entries differ', () => {
    const about = (ids: string[] | undefined): ReportWarning => ({ code: 'summary-missing', key: 'measures.pufa.items', message: '“宪法宣传”没有填写内容摘要', ...(ids ? { activityIds: ids } : {}) });
    const list = [about(['a']), about(['b']), about(['a', 'b']), about(undefined), { ...about(['a']), code: 'compose-fallback' as const }, { ...about(['a']), message: '“普法”没有填写内容摘要' }];
    expect(uniqueWarnings(list)).toEqual(list);
  });

  it('counts the same entries in another order as the same warning', () => {
    const w = (ids: string[]): ReportWarning => ({ code: 'unmapped-entry', message: '类别“安全生产”在模板中没有对应的小节', activityIds: ids });
    expect(uniqueWarnings([w(['a', 'b']), w(['b', 'a'])])).toEqual([w(['a', 'b'])]);
  });

  it('changes nothing of a list without repeats, and returns a new list', () => {
    const list = [unit('title')];
    const out = uniqueWarnings(list);
    expect(out).toEqual(list);
    expect(out).not.toBe(list);
    expect(uniqueWarnings([])).toEqual([]);
  });
});
