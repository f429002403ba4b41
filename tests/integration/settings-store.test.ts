import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSetting, writeSetting } from '../../electron/store/settings-store';
import { openTempApp } from '../helpers/temp-app';

const schema = z.object({ keep: z.number().int().min(1) });

describe('migration 0006 (应用设置) and the settings store', () => {
  it('creates a STRICT table that only takes JSON', () => {
    const { db } = openTempApp().ctx;
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'app_settings'").pluck().get() as string;
    expect(sql).toMatch(/STRICT$/);
    expect(() => db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES ('x', 'not json', 'now')").run()).toThrow();
  });

  it('gives the default when a setting is missing, unreadable or no longer valid', () => {
    const { db } = openTempApp().ctx;
    expect(readSetting(db, 'backup', schema, { keep: 10 })).toEqual({ keep: 10 });
    writeSetting(db, 'backup', { keep: 3 }, '2026-01-01T00:00:00.000Z');
    expect(readSetting(db, 'backup', schema, { keep: 10 })).toEqual({ keep: 3 });
    writeSetting(db, 'backup', { keep: 0 }, '2026-01-02T00:00:00.000Z');
    expect(readSetting(db, 'backup', schema, { keep: 10 })).toEqual({ keep: 10 });
    expect(db.prepare('SELECT count(*) FROM app_settings').pluck().get()).toBe(1);
  });
});
