import { sampleActivity } from '../helpers/sample-activity';
import { describe, expect, it } from 'vitest';
import { UniquePaths, safeSegment } from '../../electron/report/ledger/safe-names';
import { sheetName } from '../../electron/report/ledger/write-ledger-tables-xlsx';
import type { Activity } from '../../shared/domain/activity';
import type { LedgerEntryFacts } from '../../shared/domain/ledger-tables';
import { LEDGER_TABLES, evidenceText, ledgerRow, ledgerTablesOf, whenText } from '../../shared/domain/ledger-tables';

const facts = (f: Partial<LedgerEntryFacts>): LedgerEntryFacts => ({ categoryKey: 'other', title: '', tags: [], leaderRole: '', docTitle: '', ...f });

function entry(a: Partial<Activity>): Activity {
  return sampleActivity({ date: '2024-03-15', ...a });
}

describe('which ledger tables an entry belongs to', () => {
  it('follows category keys, tags, title keywords, the leader role and a document title', () => {
    expect(ledgerTablesOf(facts({ categoryKey: 'study', title: '会前学法' }))).toEqual(['study']);
    expect(ledgerTablesOf(facts({ categoryKey: 'enforcement', title: '执法人员法律知识培训' }))).toEqual(['study']);
    expect(ledgerTablesOf(facts({ categoryKey: 'other', tags: ['学法'] }))).toEqual(['study']);
    expect(ledgerTablesOf(facts({ categoryKey: 'first-duty', title: '年终述职', leaderRole: '述法' }))).toEqual(['shufa']);
    expect(ledgerTablesOf(facts({ categoryKey: 'first-duty', title: '党政主要负责人述法' }))).toEqual(['shufa']);
    expect(ledgerTablesOf(facts({ categoryKey: 'first-duty', title: '听取汇报', leaderRole: '主持' }))).toEqual([]);
    expect(ledgerTablesOf(facts({ categoryKey: 'pufa', title: '民法典宣传月' }))).toEqual(['pufa']);
    expect(ledgerTablesOf(facts({ categoryKey: 'enforcement', title: '执法检查', tags: ['谁执法谁普法'] }))).toEqual(['pufa']);
    expect(ledgerTablesOf(facts({ categoryKey: 'rules', title: '制度汇编', docTitle: '某某办法' }))).toEqual(['rules']);
    expect(ledgerTablesOf(facts({ categoryKey: 'rules', title: '制度汇编' }))).toEqual([]);
    expect(ledgerTablesOf(facts({ categoryKey: 'leadership', title: '规范性文件清理' }))).toEqual(['rules']);
    expect(ledgerTablesOf(facts({ categoryKey: 'decisions', title: '重大行政决策合法性审查' }))).toEqual(['rules', 'decisions']);
    expect(ledgerTablesOf(facts({ categoryKey: 'decisions', title: '法律顾问审查合同', tags: ['合同审查'] }))).toEqual(['rules', 'counsel']);
    expect(ledgerTablesOf(facts({ categoryKey: 'leadership', title: '督察反馈问题整改' }))).toEqual(['rectification']);
    expect(ledgerTablesOf(facts({ categoryKey: null, title: '获评先进集体' }))).toEqual([]);
  });

  it('lists every ledger type of ledger.md in its order', () => {
    expect(LEDGER_TABLES.map((t) => t.name)).toEqual(['学法', '述法', '普法活动', '规范性文件/合法性审查', '重大行政决策', '法律顾问', '问题整改']);
  });
});

describe('ledger rows', () => {
  it('fill from the entry and leave empty what the log does not have', () => {
    const a = entry({ title: '法治专题讲座', participantCount: 40, metrics: [{ name: '学时', value: 1.5, unit: '学时', approximate: false }] });
    expect(ledgerRow('study', a, [], { leaderName: '', leaderTitle: '' })).toEqual(['2024-03-15', '专题讲座', '法治专题讲座', '', '40人', 1.5, '']);
    expect(ledgerRow('shufa', entry({ title: '述法' }), [], { leaderName: '张三', leaderTitle: '局长' })).toEqual(['2024-03-15', '', '述法', '', '', '']);
    const decision = entry({ title: '重大行政决策公众参与和专家论证', docTitle: '某某规划', summary: '规划印发' });
    expect(ledgerRow('decisions', decision, [], { leaderName: '', leaderTitle: '' })).toEqual(['《某某规划》', '公众参与：2024-03-15；专家论证：2024-03-15', '2024-03-15']);
  });

  it('say the evidence by kind and the span of dates', () => {
    expect(evidenceText([])).toBe('');
    expect(evidenceText([{ kind: '照片', count: 3 }, { kind: '签到表', count: 1 }])).toBe('照片3、签到表1（共4件）');
    expect(whenText({ date: '2024-01-02', endDate: '2024-01-05' })).toBe('2024-01-02至2024-01-05');
    expect(whenText({ date: '2024-01-02', endDate: '2024-01-02' })).toBe('2024-01-02');
  });
});

describe('names inside the evidence package', () => {
  it('are made safe for Windows, trimmed and shortened keeping the extension', () => {
    expect(safeSegment('a\\b/c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeSegment('  标题。 . ')).toBe('标题。');
    expect(safeSegment('CON.txt')).toBe('_CON.txt');
    expect(safeSegment('   ')).toBe('未命名');
    expect(safeSegment('tab\there\nnew')).toBe('tab_here_new');
    const long = safeSegment(`${'长'.repeat(100)}.pdf`, 20);
    expect(long).toBe(`${'长'.repeat(16)}.pdf`);
    expect(sheetName('规范性文件/合法性审查')).toBe('规范性文件、合法性审查');
  });

  it('are unique, compared as Windows does', () => {
    const paths = new UniquePaths();
    expect(paths.unique('类别/事项', '照片.jpg')).toBe('类别/事项/照片.jpg');
    expect(paths.unique('类别/事项', '照片.JPG')).toBe('类别/事项/照片 (2).JPG');
    expect(paths.unique('类别/事项', '照片.jpg')).toBe('类别/事项/照片 (3).jpg');
    expect(paths.unique('类别/另一事项', '照片.jpg')).toBe('类别/另一事项/照片.jpg');
  });
});
