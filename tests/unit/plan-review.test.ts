import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE } from '../../shared/domain/report-narrative';
import { assembleReport } from '../../shared/report/assembly/assemble-report';
import type { AssemblyInput } from '../../shared/report/assembly/assembly-input';
import { BUILTIN_TEMPLATES } from '../../shared/report/templates/builtin-templates';
import { FIXTURE_CATEGORIES } from '../fixtures/reports/fixture-activities';

// Part 四's opening sentence on last year's plan, assembled without a database.

function assemble(over: Partial<AssemblyInput>) {
  return assembleReport({
    year: 2025,
    today: '2026-01-20',
    unit: { name: '某区司法局', leaderName: '张三', leaderTitle: '局长' },
    template: BUILTIN_TEMPLATES[0]!.body,
    categories: FIXTURE_CATEGORIES,
    entries: [],
    lastYearTotals: [],
    narrative: { ...EMPTY_NARRATIVE, problems: ['问题一。'], plans: ['计划一。'] },
    choices: { styles: {}, keepEmpty: {}, excluded: [] },
    ...over,
  });
}

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('plan review in part 四', () => {
  it('counts done, under way (linked, not marked) and not carried out, sourced from the entries behind them', () => {
    const report = assemble({
      planItems: [
        { status: 'done', entryIds: [ID(1), ID(2)] },
        { status: 'open', entryIds: [ID(3)] },
        { status: 'not-done', entryIds: [] },
        { status: 'done', entryIds: [ID(2)] },
      ],
    });
    const at = report.blocks.findIndex((b) => b.key === 'plans.review');
    expect(report.blocks[at - 1]).toMatchObject({ kind: 'heading1', key: 'plans' });
    expect(report.blocks[at]).toEqual({ kind: 'paragraph', key: 'plans.review', origin: 'log', sources: [ID(1), ID(2), ID(3)], text: '对照2024年度工作安排，4项工作中已落实2项，正在推进1项，未开展1项。' });
    expect(report.warnings.filter((w) => w.key === 'plans.review')).toEqual([]);
  });

  it('warns about items nobody has marked, leaves entries excluded from the report out of the sources', () => {
    const report = assemble({ planItems: [{ status: 'done', entryIds: [ID(1), ID(2)] }, { status: 'open', entryIds: [] }], choices: { styles: {}, keepEmpty: {}, excluded: [ID(2)] } });
    expect(report.blocks.find((b) => b.key === 'plans.review')).toMatchObject({ sources: [ID(1)], text: '对照2024年度工作安排，2项工作中已落实1项。' });
    expect(report.warnings.find((w) => w.key === 'plans.review')?.message).toBe('上年度工作安排中有1项还没有标记落实情况，请在“年报体检”的上年度计划落实中标记');
  });

  it('writes nothing without plan items', () => {
    expect(assemble({}).blocks.some((b) => b.key === 'plans.review')).toBe(false);
    expect(assemble({ planItems: [] }).blocks.some((b) => b.key === 'plans.review')).toBe(false);
  });
});
