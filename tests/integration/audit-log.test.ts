import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { asCaller } from '../../electron/registry';
import { listAudit, pruneAudit, readAuditRetentionDays, recordAudit, writeAuditRetentionDays } from '../../electron/store/audit-store';
import { writeSetting } from '../../electron/store/settings-store';
import type { Caller } from '../../shared/auth/caller';
import { CONFIRM_PHRASES } from '../../shared/contract/confirmation';
import type { AuditRecord } from '../../shared/domain/audit';
import { addEntry, exportPackage, mergeInto, unitApp } from '../helpers/package-fixtures';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The audit log's keeping: pruned past the retention setting (never under 180 days), at start too;
// untouched by a restore or a replace; never carried out of the host in a data package.

const DAY_MS = 24 * 60 * 60 * 1000;
const CLERK: Caller = { kind: 'user', userId: 'u1', username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室', sessionId: 's1', ip: '192.168.1.30' };

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

function row(at: string, operation = 'activities.update'): AuditRecord {
  return { at, userId: 'u1', username: 'zhangsan', ip: '192.168.1.30', operation, object: '编号=x', success: true, detail: '' };
}

function operationsIn(db: Database.Database): string[] {
  return db.prepare('SELECT operation FROM audit_log ORDER BY id').pluck().all() as string[];
}

describe('audit log retention', () => {
  it('removes rows past the retention (365 days unless set), never those under 180 days', () => {
    const app = openTempApp();
    const db = app.ctx.db;
    recordAudit(db, row(daysAgo(400), 'a.400'));
    recordAudit(db, row(daysAgo(200), 'a.200'));
    recordAudit(db, row(daysAgo(10), 'a.10'));
    expect(readAuditRetentionDays(db)).toBe(365);
    const now = new Date().toISOString();
    expect(pruneAudit(db, now)).toBe(1);
    expect(operationsIn(db)).toEqual(['a.200', 'a.10']);

    writeAuditRetentionDays(db, 180, now);
    expect(pruneAudit(db, now)).toBe(1);
    expect(operationsIn(db)).toEqual(['a.10']);

    // A `now` far ahead (a wrong clock) still leaves what the store counts as under 180 days.
    expect(pruneAudit(db, new Date(Date.now() + 3650 * DAY_MS).toISOString())).toBe(0);
    expect(operationsIn(db)).toEqual(['a.10']);
  });

  it('refuses a retention under 180 days, and a stored one that is reads as the default', () => {
    const app = openTempApp();
    const now = new Date().toISOString();
    expect(() => writeAuditRetentionDays(app.ctx.db, 30, now)).toThrow();
    writeSetting(app.ctx.db, 'audit.retentionDays', 30, now);
    expect(readAuditRetentionDays(app.ctx.db)).toBe(365);
  });

  it('is the auditor setting: read and changed only by the 审计员 (or on the host itself), never under 180 days, and shortening it prunes at once', async () => {
    const app = openTempApp();
    const db = app.ctx.db;
    recordAudit(db, row(daysAgo(300), 'a.300'));
    const auditor = asCaller(app.registry, { ...CLERK, role: 'auditor', department: '' });
    const admin = asCaller(app.registry, { ...CLERK, role: 'admin', department: '' });
    expect(await auditor.call('audit.retention.get', {})).toEqual({ days: 365, minDays: 180, maxDays: expect.any(Number) });
    await expect(admin.call('audit.retention.set', { days: 200 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(auditor.call('audit.retention.set', { days: 90 })).rejects.toMatchObject({ code: 'invalid_input', fields: { days: expect.stringContaining('180') } });
    expect(await auditor.call('audit.retention.set', { days: 200 })).toMatchObject({ days: 200 });
    expect(operationsIn(db)).not.toContain('a.300');
    expect(operationsIn(db)).toContain('audit.retention.set');
    expect((await app.registry.call('audit.retention.get', {})).days).toBe(200);
    app.close();
  });

  it('prunes when the app opens', () => {
    const dir = tempDir();
    const first = openTempApp(dir);
    recordAudit(first.ctx.db, row(daysAgo(500), 'old'));
    recordAudit(first.ctx.db, row(daysAgo(1), 'recent'));
    first.close();
    const again = openTempApp(dir);
    expect(operationsIn(again.ctx.db)).toEqual(['recent']);
  });

  it('filters by the local calendar day, user, operation and result, newest first', () => {
    const app = openTempApp();
    const db = app.ctx.db;
    const localNoon = (d: string) => new Date(`${d}T12:00:00`).toISOString();
    recordAudit(db, row(localNoon('2025-03-01'), 'activities.create'));
    recordAudit(db, { ...row(localNoon('2025-03-02'), 'activities.update'), success: false, detail: 'forbidden：…' });
    recordAudit(db, { ...row(localNoon('2025-03-03'), 'backup.create'), username: '本机', userId: '', ip: '' });
    expect(listAudit(db, { from: '2025-03-02', to: '2025-03-02' }).items.map((r) => r.operation)).toEqual(['activities.update']);
    expect(listAudit(db, { from: '2025-03-02' }).items.map((r) => r.operation)).toEqual(['backup.create', 'activities.update']);
    expect(listAudit(db, { username: 'ZhangSan' }).total).toBe(2);
    expect(listAudit(db, { success: false }).items).toEqual([expect.objectContaining({ operation: 'activities.update', success: false, detail: 'forbidden：…' })]);
    expect(listAudit(db, { operation: 'backup.create' }).items[0]).toMatchObject({ username: '本机', userId: '', ip: '' });
    expect(listAudit(db, {}, { limit: 1, offset: 1 })).toEqual({ items: [expect.objectContaining({ operation: 'activities.update' })], total: 3 });
  });
});

describe('the audit log and whole-store changes', () => {
  it('survives a restore from backup: the record of what happened since is kept, the restore logged', async () => {
    const app = openTempApp();
    await app.registry.call('activities.create', { date: '2025-03-01', categoryId: 1, title: '备份前的' });
    const backup = await app.registry.call('backup.create', {});
    await asCaller(app.registry, CLERK).call('activities.create', { date: '2025-03-02', categoryId: 1, title: '备份后的' });
    await app.registry.call('backup.restore', { fileName: backup.backup.fileName, confirm: CONFIRM_PHRASES['backup.restore'] });
    expect(app.ctx.db.prepare('SELECT title FROM activities').pluck().all()).toEqual(['备份前的']);
    expect(operationsIn(app.ctx.db)).toEqual(['activities.create', 'backup.create', 'activities.create', 'backup.restore']);
    expect(app.ctx.db.prepare("SELECT username FROM audit_log WHERE operation = 'activities.create' ORDER BY id").pluck().all()).toEqual(['本机', 'zhangsan']);
  });

  it('never leaves the host in a data package, and a replace from one keeps the host log', async () => {
    const street = await unitApp('某街道办事处');
    await addEntry(street, { title: '街道普法讲座' });
    await asCaller(street.registry, CLERK).call('activities.create', { date: '2025-03-02', categoryId: 1, title: '办公室学法' });
    const bytes = Buffer.from(unzipSync(fs.readFileSync(await exportPackage(street)))['fazhi.db']!);
    expect(bytes.includes('zhangsan')).toBe(false);
    expect(bytes.includes('192.168.1.30')).toBe(false);
    const copy = path.join(tempDir(), 'package.db');
    fs.writeFileSync(copy, bytes);
    const db = new Database(copy, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
      // The copy's schema is the store's: the guards are back.
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name").pluck().all()).toEqual(['audit_log_kept_180_days', 'audit_log_no_update']);
    } finally {
      db.close();
    }
    expect(operationsIn(street.ctx.db)).toContain('package.export');

    const zipFile = path.join(tempDir(), '街道.zip');
    fs.copyFileSync(await exportPackage(street), zipFile);
    const host = await unitApp('某区司法局');
    const before = operationsIn(host.ctx.db);
    await mergeInto(host, zipFile, 'replace');
    expect(operationsIn(host.ctx.db)).toEqual([...before, 'package.import']);
  });
});
