import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../shared/backup/retention';

const rule = fc.record({ keepLast: fc.integer({ min: 1, max: 10 }), keepDaily: fc.integer({ min: 0, max: 40 }), keepMonthly: fc.integer({ min: 0, max: 14 }) });
const times = fc.uniqueArray(fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2025-12-31T00:00:00Z') }), { maxLength: 60 });

describe('backup retention', () => {
  it('always keeps the newest keepLast, only keeps what exists, and never keeps two of one day beyond keepLast', () => {
    fc.assert(
      fc.property(rule, times, (r, ms) => {
        const backups = ms.map((t, i) => ({ fileName: `b${i}.db`, createdAt: new Date(t).toISOString() }));
        const now = new Date(Math.max(Date.parse('2025-12-31T12:00:00Z'), ...ms)).toISOString();
        const keep = backupsToKeep(backups, r, now);
        const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        for (const b of newestFirst.slice(0, r.keepLast)) expect(keep.has(b.fileName)).toBe(true);
        for (const name of keep) expect(backups.some((b) => b.fileName === name)).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(r.keepLast + r.keepDaily + r.keepMonthly);
      }),
    );
  });

  it('keeps the newest of a day, not the first', () => {
    const keep = backupsToKeep(
      [
        { fileName: 'late.db', createdAt: '2025-03-04T15:00:00' },
        { fileName: 'early.db', createdAt: '2025-03-04T09:00:00' },
        { fileName: 'today.db', createdAt: '2025-03-05T09:00:00' },
      ],
      { keepLast: 1, keepDaily: 2, keepMonthly: 0 },
      '2025-03-05T12:00:00',
    );
    expect([...keep].sort()).toEqual(['late.db', 'today.db']);
  });
});
