import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import type { OpenApp } from '../../electron/open-app';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { readDocxSettings } from '../../electron/store/docx-settings-store';
import { writeSetting } from '../../electron/store/settings-store';
import { DEFAULT_DOCX_SETTINGS } from '../../shared/report/docx-settings';
import { attrsOf, first, readDocxParts, styleById } from '../helpers/docx-xml';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// 设置 → 公文格式: stored under app_settings 'report.docx', used by report.export and `fazhi report`.

const NOW = '2026-03-01T08:00:00.000Z';

/** The body style's eastAsia face and exact line, and the grid's line pitch, of a written report. */
async function layoutOf(docx: Buffer) {
  const parts = await readDocxParts(docx);
  const body = styleById(parts.styles, 'GwBody');
  const title = styleById(parts.styles, 'GwTitle');
  return {
    bodyFace: attrsOf(first(body, 'w:rPr') ?? '', 'w:rFonts')['w:eastAsia'],
    titleFace: attrsOf(first(title, 'w:rPr') ?? '', 'w:rFonts')['w:eastAsia'],
    bodyLine: attrsOf(first(body, 'w:pPr') ?? '', 'w:spacing')['w:line'],
    linePitch: attrsOf(parts.document, 'w:docGrid')['w:linePitch'],
  };
}

async function assembledYear(app: OpenApp): Promise<void> {
  await app.registry.call('unit.update', { name: '某区司法局' });
  await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '宪法日宣传', summary: '开展国家宪法日集中宣传活动' });
  const templates = await app.registry.call('report.templates.list', {});
  await app.registry.call('report.assemble', { year: 2024, templateId: templates[0]!.id });
}

describe('report.docxSettings: get, update, reset', () => {
  it('starts at the GB/T 9704 values', async () => {
    const app = openTempApp(tempDir(), () => NOW);
    const view = await app.registry.call('report.docxSettings.get', {});
    expect(view.settings).toEqual(DEFAULT_DOCX_SETTINGS);
    expect(view.settings.bodyLineSpacingPt).toBe(28.95);
    expect(view.faces).toMatchObject({ title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' });
    expect(view.isDefault).toBe(true);
  });

  it('stores a change that survives reopening, keeps what an update leaves out, and restores the defaults', async () => {
    const data = tempDir();
    const app = openTempApp(data, () => NOW);
    const changed = await app.registry.call('report.docxSettings.update', { faceChoice: 'windows-common', bodyLineSpacingPt: 29 });
    expect(changed.settings).toMatchObject({ faceChoice: 'windows-common', bodyLineSpacingPt: 29, signatureWithSeal: false });
    expect(changed.faces).toMatchObject({ title: '宋体', body: '仿宋', heading2: '楷体' });
    expect(changed.isDefault).toBe(false);

    await app.registry.call('report.docxSettings.update', { signatureWithSeal: true, faces: { title: '华文中宋' } });
    app.close();
    const again = openTempApp(data, () => NOW);
    const kept = await again.registry.call('report.docxSettings.get', {});
    expect(kept.settings).toEqual({ faceChoice: 'windows-common', faces: { title: '华文中宋' }, bodyLineSpacingPt: 29, signatureWithSeal: true });
    expect(kept.faces.title).toBe('华文中宋');

    const reset = await again.registry.call('report.docxSettings.reset', {});
    expect(reset.settings).toEqual(DEFAULT_DOCX_SETTINGS);
    expect(reset.isDefault).toBe(true);
    expect(readDocxSettings(again.ctx.db)).toEqual(DEFAULT_DOCX_SETTINGS);
  });

  it('refuses bad values with a Chinese message naming the setting, and stores nothing', async () => {
    const app = openTempApp(tempDir(), () => NOW);
    await app.registry.call('report.docxSettings.update', { bodyLineSpacingPt: 28.5 });

    const tooWide = await rejected(app.registry.call('report.docxSettings.update', { bodyLineSpacingPt: 35, signatureWithSeal: true }));
    expect(tooWide.code).toBe('invalid_input');
    expect(tooWide.message).toBe('正文行距应在28—29.5磅之间（公文通常为28.95磅，每页22行）');
    expect(tooWide.fields).toEqual({ bodyLineSpacingPt: tooWide.message });
    expect((await rejected(app.registry.call('report.docxSettings.update', { bodyLineSpacingPt: 27.99 }))).fields).toHaveProperty('bodyLineSpacingPt');

    const text = await rejected(app.registry.call('report.docxSettings.update', { bodyLineSpacingPt: '29' as unknown as number }));
    expect(text.message).toBe('正文行距：应为数字');
    const face = await rejected(app.registry.call('report.docxSettings.update', { faces: { body: '宋体' } }));
    expect(face.message).toBe('正文字体只能选：仿宋_GB2312、仿宋');
    expect(face.fields).toEqual({ 'faces.body': face.message });
    const scheme = await rejected(app.registry.call('report.docxSettings.update', { faceChoice: 'mac' }));
    expect(scheme.message).toBe('字体方案只能是“标准字体”或“Windows 常见字体”');
    const unknown = await rejected(app.registry.call('report.docxSettings.update', { fontSize: 16 } as never));
    expect(unknown.message).toContain('含有不认识的字段：fontSize');
    const seal = await rejected(app.registry.call('report.docxSettings.update', { signatureWithSeal: 'yes' as unknown as boolean }));
    expect(seal.message).toBe('落款加盖印章：应为是/否');

    expect((await app.registry.call('report.docxSettings.get', {})).settings).toEqual({ ...DEFAULT_DOCX_SETTINGS, bodyLineSpacingPt: 28.5 });
  });

  it('reads a stored value it no longer accepts (edited by hand) as the defaults', async () => {
    const app = openTempApp(tempDir(), () => NOW);
    writeSetting(app.ctx.db, 'report.docx', { bodyLineSpacingPt: 99 }, NOW);
    expect((await app.registry.call('report.docxSettings.get', {})).settings).toEqual(DEFAULT_DOCX_SETTINGS);
  });
});

describe('the stored settings in the written report', () => {
  it('report.export writes the chosen faces and line spacing, and the defaults again after 恢复默认', async () => {
    const app = openTempApp(tempDir(), () => NOW);
    await assembledYear(app);
    const exported = async () => fs.readFileSync(exportPath(app.ctx.dataDir, (await app.registry.call('report.export', { year: 2024 })).exportId)!);

    expect(await layoutOf(await exported())).toEqual({ bodyFace: '仿宋_GB2312', titleFace: '方正小标宋简体', bodyLine: '579', linePitch: '579' });
    await app.registry.call('report.docxSettings.update', { faceChoice: 'windows-common', bodyLineSpacingPt: 29.5 });
    expect(await layoutOf(await exported())).toEqual({ bodyFace: '仿宋', titleFace: '宋体', bodyLine: '590', linePitch: '590' });
    await app.registry.call('report.docxSettings.reset', {});
    expect(await layoutOf(await exported())).toEqual({ bodyFace: '仿宋_GB2312', titleFace: '方正小标宋简体', bodyLine: '579', linePitch: '579' });
  });

  it('fazhi report writes the settings stored in the data folder', async () => {
    const data = tempDir();
    const app = openTempApp(data, () => NOW);
    await assembledYear(app);
    await app.registry.call('report.docxSettings.update', { faces: { body: '仿宋' }, bodyLineSpacingPt: 28 });
    app.close();

    const out = path.join(tempDir(), '报告.docx');
    const err: string[] = [];
    const code = await runCli(['report', '--year', '2024', '--out', out, '--data', data], { out: () => undefined, err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(await layoutOf(fs.readFileSync(out))).toEqual({ bodyFace: '仿宋', titleFace: '方正小标宋简体', bodyLine: '560', linePitch: '560' });
  });
});
