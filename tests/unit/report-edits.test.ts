import { describe, expect, it } from 'vitest';
import type { AssembledReport, DraftBlock } from '../../shared/report/assembly/draft-blocks';
import { renderBlocks } from '../../shared/report/assembly/render-document';
import { applyEdits, cleanEditText, diffAssemblies } from '../../shared/report/edits/apply-edits';
import { changedFigures, mismatchMessage } from '../../shared/report/edits/number-mismatch';
import { buildReportView } from '../../shared/report/edits/report-view';
import { blockText } from '../../shared/report/report-document';

const p = (key: string, text: string, item?: 2 | 3): DraftBlock => ({ kind: 'paragraph', key, origin: 'log', sources: [], text, ...(item ? { item } : {}) });
const h1 = (key: string, text: string): DraftBlock => ({ kind: 'heading1', key, origin: 'template', sources: [], text });
const h2 = (key: string, text: string): DraftBlock => ({ kind: 'heading2', key, origin: 'template', sources: [], text });

function report(blocks: DraftBlock[], title = '某局2024年法治政府建设情况报告'): AssembledReport {
  return { title, blocks, signature: { unit: '某局', date: '2025年1月20日' }, warnings: [], subsections: [] };
}

const base = report([
  p('opening', '2024年，某局……现将2024年法治政府建设情况报告如下：'),
  h1('measures', '主要举措和成效'),
  h2('measures.pufa', '深入开展普法宣传教育'),
  p('measures.pufa#a', '开展宪法宣传。在广场发放宣传材料500份。', 3),
  p('measures.pufa#b', '开展民法典宣传月活动。', 3),
  p('measures.pufa#c', '开展国家安全教育日宣传。', 3),
  p('measures.pufa.totals', '全年共开展普法宣传活动3次，发放宣传资料500份。'),
  h1('problems', '存在的不足和原因'),
  p('problems.items', '一是学习不够；二是宣传不够。'),
]);

describe('rendering numbers after edits', () => {
  it('numbers run-in items within their group and bolds a title-like lead', () => {
    const blocks = renderBlocks(base.blocks);
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.number).map((b) => (b.kind === 'paragraph' ? b.number : ''))).toEqual(['1.', '2.', '3.']);
    const first = blocks[3];
    expect(first?.kind === 'paragraph' && first.runs).toEqual([{ text: '1.开展宪法宣传。', bold: true, runIn: 3 }, { text: '在广场发放宣传材料500份。' }]);
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? [] : [b.number]))).toEqual(['一、', '（一）', '二、']);
  });

  it('a removed item leaves no gap; a group of one has no number', () => {
    const twoLeft = applyEdits(base, { 'measures.pufa#b': { text: '', baseText: '开展民法典宣传月活动。', removed: true } });
    expect(renderBlocks(twoLeft.blocks).flatMap((b) => (b.kind === 'paragraph' && b.number ? [b.number] : []))).toEqual(['1.', '2.']);
    const oneLeft = applyEdits(base, {
      'measures.pufa#b': { text: '', baseText: '', removed: true },
      'measures.pufa#c': { text: '', baseText: '', removed: true },
    });
    const only = renderBlocks(oneLeft.blocks).find((b) => b.key === 'measures.pufa#a');
    expect(only && blockText(only)).toBe('开展宪法宣传。在广场发放宣传材料500份。');
  });
});

describe('edits and re-assembly', () => {
  it('an edit replaces the text and marks the block edited; the title can be edited too', () => {
    const edited = applyEdits(base, { 'problems.items': { text: '一是学习不够深入。', baseText: '一是学习不够；二是宣传不够。' }, title: { text: '某局2024年度法治政府建设工作报告', baseText: base.title } });
    expect(edited.blocks.find((b) => b.key === 'problems.items')).toMatchObject({ text: '一是学习不够深入。', origin: 'edited' });
    expect(edited.title).toBe('某局2024年度法治政府建设工作报告');
  });

  it('reports added, removed and changed blocks, and kept-edit when the log changed under an edit', () => {
    const next = report([
      ...base.blocks.filter((b) => b.key !== 'measures.pufa#c').map((b) => (b.key === 'measures.pufa.totals' ? { ...b, text: '全年共开展普法宣传活动4次，发放宣传资料500份。' } : b.key === 'problems.items' ? { ...b, text: '一是学习不够；二是宣传不够；三是队伍不强。' } : b)),
      p('measures.pufa#d', '开展宪法日宣传。', 3),
    ]);
    const edits = { 'problems.items': { text: '一是学习不够深入。', baseText: '一是学习不够；二是宣传不够。' } };
    const changes = diffAssemblies(base, next, edits);
    expect(changes).toEqual(
      expect.arrayContaining([
        { key: 'measures.pufa#d', kind: 'added', after: '开展宪法日宣传。' },
        { key: 'measures.pufa#c', kind: 'removed', before: '开展国家安全教育日宣传。' },
        { key: 'measures.pufa.totals', kind: 'changed', before: '全年共开展普法宣传活动3次，发放宣传资料500份。', after: '全年共开展普法宣传活动4次，发放宣传资料500份。' },
        { key: 'problems.items', kind: 'kept-edit', before: '一是学习不够；二是宣传不够。', after: '一是学习不够；二是宣传不够；三是队伍不强。' },
      ]),
    );
    expect(changes).toHaveLength(4);
    expect(diffAssemblies(null, next, edits)).toEqual([]);
    expect(diffAssemblies(next, next, {})).toEqual([]);
  });

  it('cleans an edit like generated text', () => {
    expect(cleanEditText('开展宪法宣传,发放材料 500 份')).toEqual({ text: '开展宪法宣传，发放材料500份', fixed: true });
  });
});

describe('number mismatch', () => {
  it('pairs a figure that disappeared with one that appeared', () => {
    expect(changedFigures('发放宣传材料500份', '发放宣传材料600份')).toEqual([{ from: '500', to: '600' }]);
    expect(mismatchMessage(changedFigures('发放宣传材料500份', '发放宣传材料600份'))).toBe('编辑后的数字与台账不一致：500→600');
    expect(changedFigures('短信2.6万条，活动3次', '短信3万条，活动3次')).toEqual([{ from: '2.6万', to: '3万' }]);
  });

  it('is quiet when figures are only reworded, reordered, dropped or added', () => {
    expect(changedFigures('发放500份，开展3次', '开展活动3次，发放材料500份')).toEqual([]);
    expect(changedFigures('发放500份，开展3次', '发放500份')).toEqual([]);
    expect(changedFigures('发放500份', '2024年发放500份')).toEqual([]);
  });

  it('is a warning of the view, keyed by the edited block', () => {
    const view = buildReportView({
      year: 2024,
      templateId: 1,
      assembled: base,
      edits: { 'measures.pufa.totals': { text: '全年共开展普法宣传活动3次，发放宣传资料600份。', baseText: '全年共开展普法宣传活动3次，发放宣传资料500份。' } },
      changes: [],
      choices: { styles: {}, keepEmpty: {}, excluded: [] },
      assembledAt: '2025-01-20T00:00:00.000Z',
    });
    expect(view.warnings).toEqual([{ code: 'number-mismatch', key: 'measures.pufa.totals', message: '编辑后的数字与台账不一致：500→600' }]);
    expect(view.editedKeys).toEqual(['measures.pufa.totals']);
    expect(view.stats.overLimit).toBe(false);
  });
});
