import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { openApp } from '../../electron/open-app';
import { loadFixture } from '../fixtures/reports/load-fixture';
import { REPORT_000 } from '../fixtures/reports/report-000';
import { tempDir } from '../helpers/temp-app';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function withApp<T>(data: string, fn: (app: ReturnType<typeof openApp>) => Promise<T>): Promise<T> {
  const app = openApp({ dataDir: data, shell: 'cli', log: () => undefined });
  try {
    return await fn(app);
  } finally {
    app.close();
  }
}

describe('fazhi unit', () => {
  it('sets the unit profile', async () => {
    const data = tempDir();
    const r = await cli('unit', '--name', '某区司法局', '--type', '政府部门', '--leader', '张三', '--leader-title', '局长', '--data', data);
    expect(r).toMatchObject({ code: 0, out: '已保存单位信息：某区司法局（政府部门），主要负责人：局长张三' });
    expect(await withApp(data, (app) => app.registry.call('unit.get', {}))).toMatchObject({ name: '某区司法局', type: '政府部门', leaderName: '张三', leaderTitle: '局长' });
  });

  it('refuses a missing name, an unknown type and an over-long name in Chinese', async () => {
    const data = tempDir();
    expect(await cli('unit', '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('请用 --name 给出单位名称') });
    expect(await cli('unit', '--name', '某局', '--type', '企业', '--data', data)).toMatchObject({ code: 2, err: '单位类型“企业”不对，只能是：政府、政府部门、事业单位、其他' });
    expect(await cli('unit', '--name', '名'.repeat(61), '--data', data)).toMatchObject({ code: 2, err: '单位名称：不能超过60个字' });
  });
});

describe('fazhi narrative', () => {
  it('writes the year’s narrative from a JSON file, keeping what the file leaves out', async () => {
    const data = tempDir();
    const dir = tempDir();
    const first = path.join(dir, '材料.json');
    fs.writeFileSync(first, JSON.stringify({ preface: '本年度获评市级法治宣传教育先进单位', problems: ['执法力量薄弱。', '宣传方式单一。'], plans: ['加强队伍建设。'], signature: '某区司法局', date: '2025年1月20日' }));
    expect(await cli('narrative', '--year', '2024', '--file', first, '--data', data)).toMatchObject({ code: 0, out: '已保存2024年度材料：存在的问题2条，工作安排1条，其他：无。' });
    const second = path.join(dir, '补充.json');
    fs.writeFileSync(second, `\uFEFF${JSON.stringify({ other: '无。', plans: ['加强队伍建设。', '创新普法形式。'] })}`);
    expect((await cli('narrative', '--year', '2024', '--file', second, '--data', data)).code).toBe(0);
    const view = await withApp(data, (app) => app.registry.call('report.narrative.get', { year: 2024 }));
    expect(view.narrative).toMatchObject({ preface: '本年度获评市级法治宣传教育先进单位', problems: ['执法力量薄弱。', '宣传方式单一。'], plans: ['加强队伍建设。', '创新普法形式。'], date: '2025-01-20' });
  });

  it('refuses unknown keys, wrong types, bad JSON and a bad year, naming them', async () => {
    const data = tempDir();
    const dir = tempDir();
    const write = (name: string, content: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    };
    const unknown = await cli('narrative', '--year', '2024', '--file', write('a.json', '{"problems":[],"honours":"x","plan":[]}'), '--data', data);
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining('不认识的字段：honours、plan') });
    const type = await cli('narrative', '--year', '2024', '--file', write('b.json', '{"problems":"一条","other":3}'), '--data', data);
    expect(type.code).toBe(2);
    expect(type.err).toContain('存在的问题：应为列表');
    expect(type.err).toContain('其他需要报告的情况：应为文字');
    expect(await cli('narrative', '--year', '2024', '--file', write('c.json', '{'), '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('不是有效的JSON') });
    expect(await cli('narrative', '--year', '二〇二四', '--file', write('d.json', '{}'), '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('不是年份') });
    expect(await cli('narrative', '--year', '2024', '--file', path.join(dir, '没有.json'), '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('读不到文件') });
  });
});

describe('fazhi report', () => {
  it('assembles the year with a template named by key or by a copy’s name and writes a .docx, never over an existing file', async () => {
    const data = tempDir();
    const dir = tempDir();
    const ids = await withApp(data, (app) => loadFixture(app, REPORT_000));
    expect(ids.templateId).toBeGreaterThan(3);

    const out = path.join(dir, '2022年报告.docx');
    const made = await cli('report', '--year', '2022', '--template', '莲花山保护中心报告模板', '--out', out, '--data', data);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toContain(`已生成2022年度报告（模板：莲花山保护中心报告模板`);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('全年共办理人大提案1件，答复政府热线38件。');
    expect(xml).toContain('持续推进普法教育');

    const again = await cli('report', '--year', '2022', '--template', 'five-part', '--out', out, '--data', data);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已经存在，没有覆盖它');

    const builtin = path.join(dir, '五部分.docx');
    expect((await cli('report', '--year', '2022', '--template', 'five-part', '--out', builtin, '--data', data)).code).toBe(0);
    expect(fs.existsSync(builtin)).toBe(true);
  });

  it('refuses an unknown template, a missing or wrong --out, and a bad year', async () => {
    const data = tempDir();
    const dir = tempDir();
    const unknown = await cli('report', '--year', '2024', '--template', '没有的模板', '--out', path.join(dir, 'a.docx'), '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有名为“没有的模板”的报告模板。可用的模板：five-part（五部分（法定五项内容））');
    expect((await cli('report', '--year', '2024', '--data', data)).err).toContain('请用 --out 给出要写入的 .docx 文件');
    expect((await cli('report', '--year', '2024', '--out', path.join(dir, 'a.txt'), '--data', data)).code).toBe(2);
    expect(await cli('report', '--year', '1800', '--out', path.join(dir, 'a.docx'), '--data', data)).toMatchObject({ code: 2, err: expect.stringContaining('不是年份') });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('with no entries still writes a report and lists the warnings', async () => {
    const data = tempDir();
    const out = path.join(tempDir(), 'r.docx');
    await cli('unit', '--name', '某区司法局', '--data', data);
    const r = await cli('report', '--year', '2024', '--out', out, '--data', data);
    expect(r.code).toBe(0);
    expect(r.out).toContain('提示：2024年度台账中还没有任何条目');
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });
});
