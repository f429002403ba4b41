import { describe, expect, it } from 'vitest';
import { sessionFor, startSession } from '../../electron/store/session-store';
import { createUser } from '../../electron/store/user-store';
import { DEFAULT_PASSWORD_POLICY } from '../../shared/auth/password-policy';
import { openTempApp } from '../helpers/temp-app';

// A backup holds the sessions that were open when it was taken. Restored, they must not let an old
// cookie back in: after a restore every colleague signs in again.

describe('restoring a backup', () => {
  it('ends every session, those in the backup and those open before the restore', async () => {
    const app = openTempApp();
    const { db } = app.ctx;
    const user = await createUser(db, { username: 'zhangsan', displayName: '张三', role: 'entry', department: '法制科', password: 'Fazhi@2025' }, app.ctx.now());
    const client = { ip: '192.168.1.23', userAgent: 'Chrome/109' };
    const inBackup = startSession(db, user.id, client, app.ctx.now(), DEFAULT_PASSWORD_POLICY);
    const backup = await app.registry.call('backup.create', {});
    const later = startSession(db, user.id, client, app.ctx.now(), DEFAULT_PASSWORD_POLICY);
    expect(sessionFor(db, later.token, app.ctx.now(), DEFAULT_PASSWORD_POLICY)).toHaveProperty('session');

    await app.registry.call('backup.restore', { fileName: backup.backup.fileName, confirm: '恢复' });

    for (const token of [inBackup.token, later.token]) {
      expect(sessionFor(db, token, app.ctx.now(), DEFAULT_PASSWORD_POLICY)).toMatchObject({ ended: expect.stringMatching(/forced|unknown/) });
    }
    expect(sessionFor(db, inBackup.token, app.ctx.now(), DEFAULT_PASSWORD_POLICY)).toEqual({ ended: 'forced' });
    app.close();
  });
});
