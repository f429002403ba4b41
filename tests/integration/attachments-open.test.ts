import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stageUpload } from '../../electron/attachments';
import { createRegistry } from '../../electron/registry';
import { AppError } from '../../shared/errors';
import { openTempApp } from '../helpers/temp-app';

const PDF = Buffer.from('%PDF-1.4\n% 法治讲座通知\n%%EOF\n');

async function attachedPdf() {
  const app = openTempApp();
  const entry = await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: '法治专题讲座' });
  const staged = await stageUpload(app.ctx.dataDir, Readable.from([PDF]), '讲座通知.pdf');
  const attachment = await app.registry.call('attachments.add', { activityId: entry.id, stagedId: staged.stagedId, kind: '通知/方案', fileName: '讲座通知.pdf' });
  return { app, attachment };
}

describe('attachments.open', () => {
  it('in the desktop opens a read-only copy under the original name with the system program', async () => {
    const { app, attachment } = await attachedPdf();
    const opened: string[] = [];
    const desktop = createRegistry({ ...app.ctx, desktop: { openPath: async (file) => (opened.push(file), '') } }, () => undefined);
    await expect(desktop.call('attachments.open', { id: attachment.id })).resolves.toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith('讲座通知.pdf')).toBe(true);
    expect(fs.readFileSync(opened[0]!).equals(PDF)).toBe(true);
    expect(fs.statSync(opened[0]!).mode & 0o222).toBe(0);
  });

  it('says why when the system program cannot open it', async () => {
    const { app, attachment } = await attachedPdf();
    const desktop = createRegistry({ ...app.ctx, desktop: { openPath: async () => '没有关联的程序' } }, () => undefined);
    const err = await desktop.call('attachments.open', { id: attachment.id }).catch((e: unknown) => e);
    expect((err as AppError).message).toBe('无法用本机程序打开“讲座通知.pdf”：没有关联的程序');
  });

  it('in browser mode points to 下载 instead', async () => {
    const { app, attachment } = await attachedPdf();
    const err = await app.registry.call('attachments.open', { id: attachment.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('请点“下载”后再打开');
  });
});
