import JSZip from 'jszip';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

describe('report.export', () => {
  it('writes the report as the preview shows it, edits included, without re-assembling', async () => {
    const app = openTempApp();
    await app.registry.call('unit.update', { name: '某区司法局' });
    await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '宪法日宣传', summary: '开展国家宪法日集中宣传活动' });
    const templates = await app.registry.call('report.templates.list', {});
    const view = await app.registry.call('report.assemble', { year: 2024, templateId: templates[0]!.id });
    const block = view.document.blocks.find((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text.includes('国家宪法日')))!;
    await app.registry.call('report.block.edit', { year: 2024, key: block.key, text: '我局扎实开展国家宪法日系列宣传。' });
    // Added after the last assembly: the download must not pick it up until the user re-generates.
    await app.registry.call('activities.create', { date: '2024-12-05', categoryId: 11, title: '后来的', summary: '这一句不应出现在下载的报告中' });

    const made = await app.registry.call('report.export', { year: 2024 });
    expect(made.fileName).toBe('某区司法局2024年法治政府建设情况报告.docx');
    const file = exportPath(app.ctx.dataDir, made.exportId)!;
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('我局扎实开展国家宪法日系列宣传。');
    expect(xml).not.toContain('开展国家宪法日集中宣传活动');
    expect(xml).not.toContain('这一句不应出现');
  });

  it('asks for 生成报告 first when the year has no report yet', async () => {
    const app = openTempApp();
    const err = await app.registry.call('report.export', { year: 2024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toBe('2024年度的报告还没有生成，请先点“生成报告”。');
  });
});
