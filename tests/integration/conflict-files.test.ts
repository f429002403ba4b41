import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanAttachmentsAtStart, removeOrphanFiles } from '../../electron/attachments';
import { blobPath } from '../../electron/attachments/storage-paths';
import { clearInterruptedImports } from '../../electron/package/import-journal';
import { packageWorkRoot } from '../../electron/package/read-package';
import { CONFIRM_PHRASES } from '../../shared/contract/confirmation';
import { addEntry, attachPdf, exportPackage, mergeInto, PDF, unitApp } from '../helpers/package-fixtures';
import { openTempApp } from '../helpers/temp-app';

// A conflict whose incoming side brings a new evidence file: the file is in the store from the merge
// on, but no attachment row names it until 采用导入. Whatever cleans the store meanwhile must keep it,
// or taking the package's version leaves an attachment whose file is gone.

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const THEIR_PDF = Buffer.concat([PDF, Buffer.from('% 街道补充的签到表\n')]);

/** The street's entries merged once, then changed on both sides; the street's change adds THEIR_PDF to each. */
async function pendingConflicts(titles: string[]) {
  const street = await unitApp('某街道办事处');
  const centre = await unitApp('某区司法局');
  const ids: string[] = [];
  for (const title of titles) ids.push((await addEntry(street, { title })).id);
  await mergeInto(centre, await exportPackage(street));
  for (const id of ids) {
    await centre.registry.call('activities.update', { id, summary: '司法局校对' });
    await street.registry.call('activities.update', { id, summary: '街道补充' });
    await attachPdf(street, id, THEIR_PDF, '签到表.pdf');
  }
  expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ conflicts: titles.length });
  const conflicts = await centre.registry.call('package.conflicts.list', {});
  return { centre, ids, conflicts };
}

function theirFile(app: { ctx: { dataDir: string } }): string {
  return blobPath(app.ctx.dataDir, sha(THEIR_PDF));
}

describe('evidence files of conflicts waiting for a decision', () => {
  it('survive a restart and the start-up clean-up, so 采用导入 afterwards finds its file', async () => {
    const { centre, ids, conflicts } = await pendingConflicts(['街道集体学法']);
    expect(fs.existsSync(theirFile(centre))).toBe(true);
    const dataDir = centre.ctx.dataDir;
    centre.close();

    const reopened = openTempApp(dataDir);
    cleanAttachmentsAtStart(reopened.ctx);
    expect(fs.existsSync(theirFile(reopened))).toBe(true);

    await reopened.registry.call('package.conflicts.resolve', { id: conflicts[0]!.id, keep: 'incoming' });
    const [attachment] = await reopened.registry.call('attachments.list', { activityId: ids[0]! });
    expect(attachment).toMatchObject({ originalName: '签到表.pdf', sha256: sha(THEIR_PDF) });
    expect(fs.readFileSync(blobPath(dataDir, attachment!.sha256)).equals(THEIR_PDF)).toBe(true);
  });

  it('are not taken back by an interrupted import that had listed the same file', async () => {
    const { centre } = await pendingConflicts(['街道集体学法']);
    // A journal a dead import left behind (our own pid counts as a previous run's), naming that file.
    const work = path.join(packageWorkRoot(centre.ctx.dataDir), 'interrupted');
    fs.mkdirSync(work, { recursive: true });
    fs.writeFileSync(path.join(work, 'import-journal.json'), JSON.stringify({ pid: process.pid, files: [sha(THEIR_PDF)] }));
    expect(clearInterruptedImports(centre.ctx.db, centre.ctx.dataDir)).toBe(1);
    expect(fs.existsSync(theirFile(centre))).toBe(true);
  });

  it('after 保留本机 go at the clean-up once no other conflict and no attachment names them', async () => {
    const { centre, conflicts } = await pendingConflicts(['街道集体学法', '街道普法讲座']);
    const [first, second] = conflicts;
    await centre.registry.call('package.conflicts.resolve', { id: first!.id, keep: 'local' });
    // Resolving never deletes a file itself: a backup taken while the conflict waited still names it.
    expect(fs.existsSync(theirFile(centre))).toBe(true);
    removeOrphanFiles(centre.ctx.db, centre.ctx.dataDir);
    expect(fs.existsSync(theirFile(centre))).toBe(true); // the second conflict still names it

    // The same content attached here too: an attachment row keeps it as well.
    const own = await addEntry(centre, { title: '局党组集体学法' });
    const mine = await attachPdf(centre, own.id, THEIR_PDF, '本机签到表.pdf');
    await centre.registry.call('package.conflicts.resolve', { id: second!.id, keep: 'local' });
    removeOrphanFiles(centre.ctx.db, centre.ctx.dataDir);
    expect(fs.existsSync(theirFile(centre))).toBe(true);

    await centre.registry.call('attachments.remove', { id: mine.id });
    removeOrphanFiles(centre.ctx.db, centre.ctx.dataDir);
    expect(fs.existsSync(theirFile(centre))).toBe(false);
  });

  it('stay after 保留本机, so a backup taken while the conflict waited can still take the package’s version', async () => {
    const { centre, ids, conflicts } = await pendingConflicts(['街道集体学法']);
    const backup = await centre.registry.call('backup.create', {});
    await centre.registry.call('package.conflicts.resolve', { id: conflicts[0]!.id, keep: 'local' });
    const dataDir = centre.ctx.dataDir;
    centre.close();

    const reopened = openTempApp(dataDir);
    await reopened.registry.call('backup.restore', { fileName: backup.backup.fileName, confirm: CONFIRM_PHRASES['backup.restore'] });
    const [waiting] = await reopened.registry.call('package.conflicts.list', {});
    expect(waiting).toBeDefined();
    // The start-up clean-up after the restore keeps it too: the restored conflict names it again.
    cleanAttachmentsAtStart(reopened.ctx);
    await reopened.registry.call('package.conflicts.resolve', { id: waiting!.id, keep: 'incoming' });
    const [attachment] = await reopened.registry.call('attachments.list', { activityId: ids[0]! });
    expect(fs.readFileSync(blobPath(dataDir, attachment!.sha256)).equals(THEIR_PDF)).toBe(true);
  });
});
