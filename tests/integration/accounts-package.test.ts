import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../electron/store/session-store';
import { createUser, listUsers } from '../../electron/store/user-store';
import { DEFAULT_PASSWORD_POLICY } from '../../shared/auth/password-policy';
import { editPackage } from '../helpers/hostile-package';
import { addEntry, exportPackage, mergeInto, unitApp } from '../helpers/package-fixtures';
import { tempDir } from '../helpers/temp-app';

// Accounts belong to the host, not to the 台账: a data package (which goes to another unit) carries
// none of them, and replacing this machine's data from a package neither drops its accounts nor
// brings in the sender's.

const NOW = '2025-03-03T01:00:00.000Z';
const ADMIN = { username: 'wangzr', displayName: '王主任', role: 'admin', department: '', password: 'Fazhi#2025' } as const;

describe('accounts and data packages', () => {
  it('exports a package without users, password hashes or sessions, not even in free pages', async () => {
    const street = await unitApp('某街道办事处');
    await addEntry(street, { title: '街道普法讲座' });
    const admin = await createUser(street.ctx.db, ADMIN, NOW);
    startSession(street.ctx.db, admin.id, { ip: '192.168.1.2', userAgent: 'Chrome/109' }, NOW, DEFAULT_PASSWORD_POLICY);

    const files = unzipSync(fs.readFileSync(await exportPackage(street)));
    const bytes = Buffer.from(files['fazhi.db']!);
    expect(bytes.includes('scrypt$32768')).toBe(false);
    expect(bytes.includes('wangzr')).toBe(false);
    const copy = path.join(tempDir(), 'package.db');
    fs.writeFileSync(copy, bytes);
    const db = new Database(copy, { readonly: true });
    try {
      for (const table of ['users', 'password_history', 'sessions']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      expect(db.prepare('SELECT title FROM activities').pluck().all()).toEqual(['街道普法讲座']);
    } finally {
      db.close();
    }
    // The host's own store is untouched.
    expect(listUsers(street.ctx.db)).toHaveLength(1);
  });

  it("keeps this host's accounts when its data is replaced from a package, and ignores accounts written into one", async () => {
    const sender = await unitApp('某街道办事处');
    await addEntry(sender, { title: '街道普法讲座' });
    const zip = editPackage(fs.readFileSync(await exportPackage(sender)), ({ db }) => {
      db.prepare(
        `INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at, must_change_password, created_at, updated_at)
         VALUES ('intruder', 'intruder', '外来管理员', 'admin', 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', ?, 0, ?, ?)`,
      ).run(NOW, NOW, NOW);
    });
    const zipFile = path.join(tempDir(), '街道.zip');
    fs.writeFileSync(zipFile, zip);

    const host = await unitApp('某区司法局');
    const admin = await createUser(host.ctx.db, ADMIN, NOW);
    await mergeInto(host, zipFile, 'replace');
    expect(host.ctx.db.prepare('SELECT title FROM activities').pluck().all()).toEqual(['街道普法讲座']);
    expect(listUsers(host.ctx.db).map((u) => u.id)).toEqual([admin.id]);
  });
});
