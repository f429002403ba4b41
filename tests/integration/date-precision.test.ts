import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { contentHash, readMergeEntries } from '../../electron/package/merge-entry';
import { LEDGER_HEADER_ROW } from '../../electron/report/ledger/write-ledger-tables-xlsx';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { listYearReportEntries } from '../../electron/store/report-entry-store';
import { stageFile } from '../../electron/attachments/stage-upload';
import type { InputOf } from '../../shared/contract/operations';
import type { Activity } from '../../shared/domain/activity';
import { parseWrittenDate } from '../../shared/import/written-date';
import { addEntry, exportPackage, mergeInto, unitApp } from '../helpers/package-fixtures';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// An old 台账 says only "2025年7月", "2023年10月至11月" or "2026": the entry keeps that precision
// through the store, its history, copies, data packages, the ledger's Excel export and the report.

type CreateInput = InputOf<'activities.create'>;

const july: CreateInput = { date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month', categoryId: 1, title: '集中学法' };
const autumn: CreateInput = { date: '2023-10-01', endDate: '2023-11-30', datePrecision: 'month', categoryId: 3, title: '民法典进社区' };
const wholeYear: CreateInput = { date: '2026-01-01', endDate: '2026-12-31', datePrecision: 'year', categoryId: 4, title: '法律顾问审查合同' };

describe('activities with a date known only to the month or the year', () => {
  it('are created, read and listed with their precision; one given none is known to the day', async () => {
    const app = openTempApp();
    const a = await app.registry.call('activities.create', july);
    expect(a).toMatchObject({ date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    expect(await app.registry.call('activities.get', { id: a.id })).toEqual(a);
    const y = await app.registry.call('activities.create', wholeYear);
    expect(y.datePrecision).toBe('year');
    const plain = await app.registry.call('activities.create', { date: '2025-07-15', categoryId: 1, title: '普通的一条' });
    expect(plain.datePrecision).toBe('day');
    const listed = await app.registry.call('activities.list', { year: 2025, sort: 'date_asc' });
    expect(listed.items.map((e) => [e.title, e.datePrecision])).toEqual([
      ['集中学法', 'month'],
      ['普通的一条', 'day'],
    ]);
  });

  it('refuse dates that do not fit the precision, with the message on 日期, and write nothing', async () => {
    const app = openTempApp();
    const cases: [Partial<CreateInput>, RegExp][] = [
      [{ date: '2025-07-15', endDate: '2025-07-31', datePrecision: 'month' }, /^日期：只到月时，开始日期应为当月1日（2025-07-01）$/],
      [{ date: '2025-07-01', endDate: '2025-07-30', datePrecision: 'month' }, /^日期：只到月时，结束日期应为当月最后一天（2025-07-31）$/],
      [{ date: '2025-07-01', endDate: null, datePrecision: 'month' }, /^日期：只到月时需写明结束日期/],
      [{ date: '2023-10-01', endDate: '2025-01-31', datePrecision: 'month' }, /^日期：只到月时，起止月份最多跨到次年/],
      [{ date: '2026-01-01', endDate: '2026-06-30', datePrecision: 'year' }, /^日期：只到年时，日期应为同一年的1月1日至12月31日/],
      [{ date: '2026-03-01', endDate: '2026-12-31', datePrecision: 'year' }, /^日期：只到年时/],
    ];
    for (const [dates, message] of cases) {
      const err = await rejected(app.registry.call('activities.create', { ...july, ...dates }));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toMatch(message);
      expect(Object.keys(err.fields ?? {})).toEqual(['date']);
    }
    // A month range into the next year is fine; an end before the start keeps its own message.
    await app.registry.call('activities.create', { ...july, date: '2023-11-01', endDate: '2024-01-31' });
    const backwards = await rejected(app.registry.call('activities.create', { ...july, date: '2025-07-01', endDate: '2025-06-30' }));
    expect(Object.keys(backwards.fields ?? {})).toEqual(['endDate']);
    expect(app.ctx.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(1);
  });

  it('are updated with the stored dates checked against a new precision, and the other way round', async () => {
    const app = openTempApp();
    const day = await app.registry.call('activities.create', { date: '2025-07-15', categoryId: 1, title: '集中学法' });
    const refused = await rejected(app.registry.call('activities.update', { id: day.id, datePrecision: 'month' }));
    expect(refused.message).toBe('日期：只到月时，开始日期应为当月1日（2025-07-01）');
    expect(refused.fields).toEqual({ date: refused.message });

    const month = await app.registry.call('activities.update', { id: day.id, date: '2025-07-01', endDate: '2025-08-31', datePrecision: 'month' });
    expect(month).toMatchObject({ date: '2025-07-01', endDate: '2025-08-31', datePrecision: 'month' });
    // Changing only the date of a month entry must keep it on a month's first day.
    const moved = await rejected(app.registry.call('activities.update', { id: day.id, date: '2025-07-10' }));
    expect(moved.fields).toHaveProperty('date');
    // Back to the day: the same span, now known to the day.
    const back = await app.registry.call('activities.update', { id: day.id, datePrecision: 'day' });
    expect(back).toMatchObject({ date: '2025-07-01', endDate: '2025-08-31', datePrecision: 'day' });
  });

  it('record the precision in the history: on creation when it is not the day, and each change as its words', async () => {
    const app = openTempApp();
    const a = await app.registry.call('activities.create', july);
    const plain = await app.registry.call('activities.create', { date: '2025-07-15', categoryId: 1, title: '普通的一条' });
    await app.registry.call('activities.update', { id: a.id, datePrecision: 'day' });
    const [update, create] = await app.registry.call('activities.history', { id: a.id });
    expect(create!.changes).toMatchObject({ date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    expect(update!.changes).toEqual({ datePrecision: ['month', 'day'] });
    const [plainCreate] = await app.registry.call('activities.history', { id: plain.id });
    expect(plainCreate!.changes).not.toHaveProperty('datePrecision');
    // Saving it unchanged is no change.
    const again = await app.registry.call('activities.update', { id: a.id, datePrecision: 'day' });
    expect(await app.registry.call('activities.history', { id: again.id })).toHaveLength(2);
  });

  it('copy to a new entry known to the day', async () => {
    const app = openTempApp(undefined, () => '2025-09-10T02:00:00.000Z');
    const a = await app.registry.call('activities.create', july);
    const copy = await app.registry.call('activities.copy', { id: a.id, date: '2025-09-01' });
    expect(copy).toMatchObject({ date: '2025-09-01', endDate: '2025-10-01', datePrecision: 'day', title: '集中学法' });
    const today = await app.registry.call('activities.copy', { id: a.id });
    expect(today.datePrecision).toBe('day');
  });

  it('reach the report with their precision', async () => {
    const app = openTempApp();
    await app.registry.call('activities.create', { ...autumn, date: '2025-10-01', endDate: '2025-11-30' });
    expect(listYearReportEntries(app.ctx.db, 2025).map((e) => e.datePrecision)).toEqual(['month']);
  });
});

describe('data packages carry the precision', () => {
  it('through replace and merge; a change of precision alone is a change the merge brings', async () => {
    const street = await unitApp('某街道办事处');
    const a = await addEntry(street, { ...july, title: '街道集中学法' });
    await addEntry(street, { ...wholeYear, title: '街道法律顾问' });
    const zip = await exportPackage(street);

    const replaced = await unitApp('新电脑');
    await mergeInto(replaced, zip, 'replace');
    expect(await replaced.registry.call('activities.get', { id: a.id })).toMatchObject({ datePrecision: 'month', endDate: '2025-07-31' });

    const centre = await unitApp('某区司法局');
    expect(await mergeInto(centre, zip)).toMatchObject({ added: 2 });
    const merged = await centre.registry.call('activities.list', { sort: 'date_asc' });
    expect(merged.items.map((e) => [e.title, e.datePrecision])).toEqual([
      ['街道集中学法', 'month'],
      ['街道法律顾问', 'year'],
    ]);
    expect(await mergeInto(centre, zip)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });

    await street.registry.call('activities.update', { id: a.id, datePrecision: 'day' });
    expect(await mergeInto(centre, await exportPackage(street))).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await centre.registry.call('activities.get', { id: a.id })).datePrecision).toBe('day');
  });

  it('hash an entry known to the day as before the column existed, so recorded merge bases still match', async () => {
    const app = openTempApp();
    const a = await app.registry.call('activities.create', { date: '2025-07-15', categoryId: 1, title: '普通的一条' });
    const entry = readMergeEntries(app.ctx.db, [a.id])[0]!;
    // The hash as builds before migration 11 recorded it in merge_base.
    const columns = ['date', 'end_date', 'title', 'summary', 'details', 'department', 'participant_count', 'location', 'participants_desc', 'leader_role', 'doc_title', 'doc_number', 'period'] as const;
    const before = [columns.map((c) => entry.content[c]), entry.category.key ?? `name:${entry.category.name}`, entry.tags, [], [], false];
    expect(contentHash(entry)).toBe(createHash('sha256').update(JSON.stringify(before)).digest('hex'));
    await app.registry.call('activities.update', { id: a.id, date: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' });
    const [month] = readMergeEntries(app.ctx.db, [a.id]);
    const asDay = { ...month!, content: { ...month!.content, date_precision: 'day' } };
    expect(contentHash(month!)).not.toBe(contentHash(asDay));
  });

  it('an older package, without the column, brings its entries as known to the day', async () => {
    const street = await unitApp('某街道办事处');
    const a = await addEntry(street, { title: '街道集中学法', date: '2024-03-15' });
    const older = asSchema10(await exportPackage(street));
    const centre = await unitApp('某区司法局');
    expect(await mergeInto(centre, older)).toMatchObject({ added: 1 });
    expect((await centre.registry.call('activities.get', { id: a.id })).datePrecision).toBe('day');
    const fresh = await unitApp('新电脑');
    await mergeInto(fresh, older, 'replace');
    expect((await fresh.registry.call('activities.get', { id: a.id })).datePrecision).toBe('day');
  });
});

/** The package as a build before migration 11 would have written it: no date_precision, no import batches, and none of the later tables and columns (accounts 0012, audit log 0013, review 0014, the draft's 包含未审核 0015). */
function asSchema10(zip: string): string {
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const files: Record<string, Uint8Array> = { ...unzipSync(fs.readFileSync(zip)) };
  const file = path.join(tempDir('fazhi-precision-'), 'fazhi.db');
  fs.writeFileSync(file, files['fazhi.db']!);
  const db = new Database(file);
  db.exec(`
    ALTER TABLE report_drafts DROP COLUMN include_unreviewed;
    DROP TABLE year_locks;
    DROP INDEX activities_review_queue;
    ALTER TABLE activities DROP COLUMN submitted_at;
    ALTER TABLE activities DROP COLUMN reviewed_at;
    ALTER TABLE activities DROP COLUMN reviewed_by;
    ALTER TABLE activities DROP COLUMN review_note;
    ALTER TABLE activities DROP COLUMN review_status;
    ALTER TABLE activities DROP COLUMN author_name;
    ALTER TABLE activities DROP COLUMN author_id;
    DROP TABLE audit_log;
    DROP TABLE sessions;
    DROP TABLE password_history;
    DROP TABLE users;
    DROP INDEX activities_import_batch;
    ALTER TABLE activities DROP COLUMN import_batch_id;
    ALTER TABLE activities DROP COLUMN date_precision;
    DROP TABLE import_batches;
  `);
  db.pragma('user_version = 10');
  db.close();
  files['fazhi.db'] = fs.readFileSync(file);
  const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as { schemaVersion: number; files: { path: string; size: number; sha256: string }[] };
  manifest.schemaVersion = 10;
  const listed = manifest.files.find((f) => f.path === 'fazhi.db')!;
  listed.size = files['fazhi.db'].length;
  listed.sha256 = sha(files['fazhi.db']);
  files['manifest.json'] = Buffer.from(JSON.stringify(manifest));
  const out = path.join(tempDir('fazhi-precision-'), path.basename(zip));
  fs.writeFileSync(out, zipSync(files));
  return out;
}

async function exportedRows(app: OpenApp, year?: number): Promise<ExcelJS.Row[]> {
  const made = await app.registry.call('ledger.export', year === undefined ? {} : { year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exportPath(app.ctx.dataDir, made.exportId)!);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows;
}

describe('the ledger’s Excel export', () => {
  it('writes a month or year as the old 台账 wrote it, with no end date, and the import reads it back the same', async () => {
    const app = openTempApp();
    const made = [
      await app.registry.call('activities.create', autumn),
      await app.registry.call('activities.create', { ...autumn, title: '跨年宣传', date: '2023-11-01', endDate: '2024-01-31' }),
      await app.registry.call('activities.create', { ...july, date: '2023-07-01', endDate: '2023-07-31' }),
      await app.registry.call('activities.create', { ...wholeYear, date: '2023-01-01', endDate: '2023-12-31' }),
      await app.registry.call('activities.create', { date: '2023-03-15', endDate: '2023-03-17', categoryId: 1, title: '按日的一条' }),
    ];
    const rows = await exportedRows(app, 2023);
    const byTitle = new Map(rows.map((r) => [String(r.getCell(4).value), r]));
    const cells = (title: string) => [byTitle.get(title)!.getCell(1).value, byTitle.get(title)!.getCell(2).value ?? ''];
    expect(cells('民法典进社区')).toEqual(['2023年10月至11月', '']);
    expect(cells('跨年宣传')).toEqual(['2023年11月至2024年1月', '']);
    expect(cells('集中学法')).toEqual(['2023年7月', '']);
    expect(cells('法律顾问审查合同')).toEqual(['2023年', '']);
    expect(cells('按日的一条')).toEqual(['2023-03-15', '2023-03-17']);
    // Each cell is text, and the importer's date reading gives back the same entry dates.
    for (const entry of made.slice(0, 4)) {
      const cell = byTitle.get(entry.title)!.getCell(1).value;
      expect(typeof cell).toBe('string');
      const read = parseWrittenDate(String(cell));
      expect(read).toEqual({ ok: true, value: { date: entry.date, endDate: entry.endDate, precision: entry.datePrecision } });
    }
  });

  it('imports back into a fresh store as the same entries, precision and all', async () => {
    const app = openTempApp();
    await app.registry.call('activities.create', autumn);
    await app.registry.call('activities.create', { ...wholeYear, date: '2023-01-01', endDate: '2023-12-31' });
    await app.registry.call('activities.create', { date: '2023-03-15', endDate: '2023-03-17', categoryId: 1, title: '按日的一条' });
    const made = await app.registry.call('ledger.export', { year: 2023 });
    const copy = path.join(tempDir(), '导出.xlsx');
    fs.copyFileSync(exportPath(app.ctx.dataDir, made.exportId)!, copy);

    const other = openTempApp();
    const stagedId = (await stageFile(other.ctx.dataDir, copy)).stagedId;
    expect(await other.registry.call('ledger.import.commit', { stagedId, fileName: '导出.xlsx' })).toMatchObject({ added: 3 });
    const dates = (a: Activity) => [a.id, a.date, a.endDate, a.datePrecision];
    const mine = (await app.registry.call('activities.list', { sort: 'date_asc' })).items.map(dates);
    expect((await other.registry.call('activities.list', { sort: 'date_asc' })).items.map(dates)).toEqual(mine);
  });
});

describe('the 台账 tables (ledger.tables.export)', () => {
  it('write the time of a month or year entry as written, never an invented day', async () => {
    const app = openTempApp();
    await app.registry.call('activities.create', { ...autumn, categoryId: 11, title: '民法典宣传月活动' });
    await app.registry.call('activities.create', { date: '2023-01-01', endDate: '2023-12-31', datePrecision: 'year', categoryId: 1, title: '集体学法' });
    const made = await app.registry.call('ledger.tables.export', { year: 2023, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exportPath(app.ctx.dataDir, made.exportId)!);
    const data = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row, n) => {
        if (n > LEDGER_HEADER_ROW) rows.push((row.values as unknown[]).slice(1));
      });
      return rows;
    };
    expect(data('普法活动')[0]![0]).toBe('2023年10月至11月');
    expect(data('学法')[0]![0]).toBe('2023年');
    const all = data('全部台账');
    expect(all.map((r) => [r[0], r[1] ?? ''])).toEqual([
      ['2023年', ''],
      ['2023年10月至11月', ''],
    ]);
  });
});
