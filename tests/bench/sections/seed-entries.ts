import { randomUUID } from 'node:crypto';
import { syncSearchIndex } from '../../../electron/store/activity-search';
import type { ActivityFields } from '../../../electron/store/activity-store';
import { insertActivity } from '../../../electron/store/activity-store';
import type { BenchSection } from '../measure';
import { timeOnce } from '../measure';
import type { SampleEntry } from '../sample-entries';
import { sampleEntries } from '../sample-entries';

const ROWS_PER_TRANSACTION = 5000;

/** A sample entry as the store takes it; `categoryIds` in the unit's order. */
export function entryFields(e: SampleEntry, categoryIds: readonly number[]): ActivityFields {
  return {
    date: e.date,
    endDate: e.endDate,
    datePrecision: 'day',
    categoryId: categoryIds[e.categoryIndex % categoryIds.length]!,
    title: e.title,
    summary: e.summary,
    details: e.details,
    department: e.department,
    participantCount: e.participantCount,
    participantsDesc: '',
    location: e.location,
    leaderRole: '',
    docTitle: '',
    docNumber: '',
    period: '',
    tags: e.tags,
    metrics: e.participantCount === null ? [] : [{ name: '参与', value: e.participantCount, unit: '人次', approximate: false }],
  };
}

/** The 50,000 entries every later section works on, written the way an import writes them. */
export const seedEntries: BenchSection = async (ctx) => {
  const { db } = ctx.app.ctx;
  const categoryIds = (await ctx.app.registry.call('categories.list', {})).map((c) => c.id);
  const entries = sampleEntries(ctx.entryCount, ctx.years);
  const now = new Date().toISOString();
  let indexing = 0;
  const total = await timeOnce(() => {
    for (let start = 0; start < entries.length; start += ROWS_PER_TRANSACTION) {
      db.transaction(() => {
        for (const e of entries.slice(start, start + ROWS_PER_TRANSACTION)) insertActivity(db, randomUUID(), entryFields(e, categoryIds), now);
        const t = performance.now();
        syncSearchIndex(db);
        indexing += performance.now() - t;
      })();
    }
  });
  // The entries a unit builds up over years are read by an app that has been restarted since.
  ctx.reopen();
  const n = ctx.entryCount.toLocaleString('en-US');
  return [
    { label: `批量写入 ${n} 条（每 ${ROWS_PER_TRANSACTION.toLocaleString('en-US')} 条一个事务，含检索索引）`, once: total },
    { label: `  其中建检索索引`, once: indexing },
  ];
};
