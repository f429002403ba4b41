import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stageUpload } from '../../electron/attachments';
import { runCli } from '../../electron/cli/fazhi';
import { LEDGER_HEADER_ROW } from '../../electron/report/ledger/write-ledger-tables-xlsx';
import { EVIDENCE_INDEX_COLUMNS } from '../../electron/report/ledger/write-evidence-zip';
import type { WebServer } from '../../electron/server/http-server';
import { startWebServer } from '../../electron/server/http-server';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { listCategories } from '../../electron/store/category-store';
import { ALL_ENTRIES_TABLE, LEDGER_TABLES } from '../../shared/domain/ledger-tables';
import { AppError } from '../../shared/errors';
import { openTempApp, tempDir } from '../helpers/temp-app';
import { signIn } from '../helpers/web-session';

type App = ReturnType<typeof openTempApp>;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

async function* once(bytes: Buffer) {
  yield bytes;
}

function categoryId(app: App, key: string): number {
  return listCategories(app.ctx.db).find((c) => c.key === key)!.id;
}

async function attach(app: App, activityId: string, bytes: Buffer, fileName: string, kind: '照片' | '签到表' | '正式文件' | '纪要' = '正式文件') {
  const staged = await stageUpload(app.ctx.dataDir, once(bytes), fileName);
  return app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind, fileName: staged.fileName });
}

async function seed(app: App) {
  await app.registry.call('unit.update', { name: '某某区司法局', leaderName: '张三', leaderTitle: '局长' });
  const study = await app.registry.call('activities.create', {
    date: '2024-03-15',
    categoryId: categoryId(app, 'study'),
    title: '党组理论学习中心组集体学法',
    summary: '集中学习《中华人民共和国行政复议法》',
    participantsDesc: '局党组成员、各科室负责人',
    participantCount: 25,
    metrics: [{ name: '学时', value: 2, unit: '学时', approximate: false }],
  });
  const shufa = await app.registry.call('activities.create', {
    date: '2024-12-20',
    categoryId: categoryId(app, 'first-duty'),
    title: '主要负责人年终述职述法',
    leaderRole: '述法',
  });
  const pufa = await app.registry.call('activities.create', {
    date: '2024-12-04',
    endDate: '2024-12-06',
    categoryId: categoryId(app, 'pufa'),
    title: '国家宪法日主题宣传活动',
    location: '人民广场',
    department: '普法科',
    participantsDesc: '辖区群众',
    metrics: [
      { name: '参与', value: 600, unit: '人次', approximate: false },
      { name: '发放资料', value: 800, unit: '份', approximate: true },
      { name: '接待咨询', value: 120, unit: '人次', approximate: false },
    ],
  });
  const rules = await app.registry.call('activities.create', {
    date: '2024-05-10',
    categoryId: categoryId(app, 'rules'),
    title: '规范性文件合法性审查',
    docTitle: '某某区行政执法公示办法',
    docNumber: '某司发〔2024〕3号',
    department: '法制科',
  });
  const other = await app.registry.call('activities.create', { date: '2024-07-01', categoryId: categoryId(app, 'other'), title: '获评市级先进集体' });
  return { study, shufa, pufa, rules, other };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
  });
  return rows;
}

async function readWorkbook(data: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof data === 'string') await workbook.xlsx.readFile(data);
  else await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

function storeSnapshot(app: App): string {
  const tables = ['activities', 'activity_tags', 'activity_metrics', 'activity_history', 'attachments', 'blobs', 'categories', 'unit_profile'];
  return JSON.stringify(
    tables.map((t) => {
      try {
        return app.ctx.db.prepare(`SELECT * FROM ${t}`).all();
      } catch {
        return t;
      }
    }),
  );
}

function attachmentFiles(dataDir: string): string[] {
  return fs.readdirSync(path.join(dataDir, 'attachments'), { recursive: true, encoding: 'utf8' }).sort();
}

describe('ledger.tables.export: one sheet per ledger type', () => {
  it('has the 7 ledger sheets and 全部台账, with ledger.md headers in order, under a title row', async () => {
    const app = openTempApp();
    await seed(app);
    const made = await app.registry.call('ledger.tables.export', { year: 2024 });
    expect(made.exportId).toMatch(/\.xlsx$/);
    expect(made.rows).toBe(5);
    const workbook = await readWorkbook(exportPath(app.ctx.dataDir, made.exportId)!);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['学法', '述法', '普法活动', '规范性文件、合法性审查', '重大行政决策', '法律顾问', '问题整改', '全部台账']);
    const expected = [...LEDGER_TABLES.map((t) => t.columns), ALL_ENTRIES_TABLE.columns];
    expect(LEDGER_TABLES[0]!.columns).toEqual(['时间', '学法形式', '学习内容', '主讲人', '参学人员/人数', '学时', '佐证']);
    workbook.worksheets.forEach((sheet, i) => {
      const rows = sheetRows(sheet);
      expect(rows[0]![0]).toMatch(/^某某区司法局2024年/);
      expect(rows[LEDGER_HEADER_ROW - 1]).toEqual(expected[i]);
      expect(sheet.getRow(LEDGER_HEADER_ROW).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: LEDGER_HEADER_ROW });
    });
    expect(sheetRows(workbook.worksheets[0]!)[0]![0]).toBe('某某区司法局2024年学法台账');
  });

  it('puts each entry in its ledger types, filled from its fields, and an unmatched one only in 全部台账', async () => {
    const app = openTempApp();
    const { study, pufa } = await seed(app);
    await attach(app, study.id, PDF, '学法通知.pdf', '正式文件');
    await attach(app, study.id, Buffer.from('签到'), '签到表.txt', '签到表');
    await attach(app, study.id, Buffer.from('签到2'), '签到表2.txt', '签到表');
    await attach(app, pufa.id, Buffer.from('纪要'), '纪要.txt', '纪要');
    const made = await app.registry.call('ledger.tables.export', { year: 2024, format: 'xlsx' });
    expect(made.tables).toEqual([
      { name: '学法', rows: 1 },
      { name: '述法', rows: 1 },
      { name: '普法活动', rows: 1 },
      { name: '规范性文件/合法性审查', rows: 1 },
      { name: '重大行政决策', rows: 0 },
      { name: '法律顾问', rows: 0 },
      { name: '问题整改', rows: 0 },
    ]);
    const workbook = await readWorkbook(exportPath(app.ctx.dataDir, made.exportId)!);
    const data = (name: string) => sheetRows(workbook.getWorksheet(name)!).slice(LEDGER_HEADER_ROW);
    expect(data('学法')).toEqual([['2024-03-15', '集体学法', '集中学习《中华人民共和国行政复议法》', '', '局党组成员、各科室负责人（25人）', '2', '正式文件1、签到表2（共3件）']]);
    expect(workbook.getWorksheet('学法')!.getCell(LEDGER_HEADER_ROW + 1, 6).value).toBe(2);
    expect(data('述法')).toEqual([['2024-12-20', '张三/局长', '述职述法', '', '', '']]);
    expect(data('普法活动')).toEqual([['2024-12-04至2024-12-06', '人民广场', '国家宪法日主题宣传活动', '主题宣传', '普法科', '辖区群众', '600', '800余', '120', '纪要1（共1件）']]);
    expect(data('规范性文件、合法性审查')).toEqual([['《某某区行政执法公示办法》', '法制科', '2024-05-10', '', '某司发〔2024〕3号', '', '']]);
    const all = data('全部台账');
    expect(all.map((r) => r[3])).toEqual(['党组理论学习中心组集体学法', '规范性文件合法性审查', '获评市级先进集体', '国家宪法日主题宣传活动', '主要负责人年终述职述法']);
    expect(all.find((r) => r[3] === '获评市级先进集体')!.at(-1) ?? '').toBe('');
    for (const name of ['学法', '述法', '普法活动', '规范性文件、合法性审查', '重大行政决策', '法律顾问', '问题整改']) {
      expect(JSON.stringify(data(name))).not.toContain('获评市级先进集体');
    }
  });

  it('leaves out other years and the trash, and refuses a year out of range in Chinese', async () => {
    const app = openTempApp();
    const { other } = await seed(app);
    await app.registry.call('activities.create', { date: '2023-12-31', categoryId: categoryId(app, 'study'), title: '去年的集体学法' });
    await app.registry.call('activities.delete', { id: other.id });
    const made = await app.registry.call('ledger.tables.export', { year: 2024 });
    expect(made.rows).toBe(4);
    const err = await app.registry.call('ledger.tables.export', { year: 1800 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('年度');
  });
});

describe('ledger.tables.export as .docx', () => {
  it('has one table per ledger type on A4 landscape, 黑体 titles, 仿宋 cells and a repeated header row', async () => {
    const app = openTempApp();
    await seed(app);
    const made = await app.registry.call('ledger.tables.export', { year: 2024, format: 'docx' });
    expect(made.exportId).toMatch(/\.docx$/);
    expect(made.fileName).toBe('某某区司法局2024年法治工作台账（分类）.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(exportPath(app.ctx.dataDir, made.exportId)!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(7);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(7);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const t of LEDGER_TABLES) expect(text).toContain(`某某区司法局2024年${t.name}台账`);
    for (const header of LEDGER_TABLES[2]!.columns) expect(text).toContain(header);
    expect(text).toContain('局党组成员、各科室负责人（25人）');
    expect(text).toContain('本年度无记录');
    expect(text).not.toContain('获评市级先进集体');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/w:eastAsia="仿宋(_GB2312)?"/);
  });
});

describe('ledger.evidence.export: the evidence package', () => {
  it('packs files by category and entry with identical bytes, an index with SHA-256 and SHA256SUMS', async () => {
    const app = openTempApp();
    const { study, pufa, rules } = await seed(app);
    const photo1 = Buffer.from('现场照片一');
    const photo2 = Buffer.from('现场照片二（同名不同内容）');
    await attach(app, study.id, PDF, '学法通知.pdf');
    await attach(app, study.id, photo1, '照片.txt', '照片');
    await attach(app, study.id, photo2, '照片.txt', '照片');
    await attach(app, pufa.id, PDF, '学法通知.pdf');
    const unsafe = await app.registry.call('activities.create', { date: '2024-06-01', categoryId: categoryId(app, 'rules'), title: '关于"执法"的审查: 第1期? <草案>|终稿.' });
    await attach(app, unsafe.id, Buffer.from('审查意见'), '审查意见.txt', '纪要');
    const again = await app.registry.call('activities.create', { date: '2024-05-10', categoryId: categoryId(app, 'rules'), title: '规范性文件合法性审查' });
    await attach(app, again.id, Buffer.from('另一条'), '意见.txt', '纪要');
    await attach(app, rules.id, Buffer.from('第一条'), '意见.txt', '纪要');

    const before = storeSnapshot(app);
    const filesBefore = attachmentFiles(app.ctx.dataDir);
    const made = await app.registry.call('ledger.evidence.export', { year: 2024 });
    expect(storeSnapshot(app)).toBe(before);
    expect(attachmentFiles(app.ctx.dataDir)).toEqual(filesBefore);
    expect(made).toMatchObject({ files: 7, entries: 5, missing: 0 });
    expect(made.fileName).toBe('某某区司法局2024年佐证材料.zip');

    const zip = await JSZip.loadAsync(fs.readFileSync(exportPath(app.ctx.dataDir, made.exportId)!));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
    expect(names).toEqual(
      [
        'SHA256SUMS.txt',
        '佐证材料清单.xlsx',
        '学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/学法通知.pdf',
        '学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/照片.txt',
        '学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/照片 (2).txt',
        '依法行政制度体系/2024-05-10 规范性文件合法性审查/意见.txt',
        '依法行政制度体系/2024-05-10 规范性文件合法性审查 (2)/意见.txt',
        '依法行政制度体系/2024-06-01 关于_执法_的审查_ 第1期_ _草案__终稿/审查意见.txt',
        '普法宣传教育/2024-12-04 国家宪法日主题宣传活动/学法通知.pdf',
      ].sort(),
    );
    for (const n of names) expect(n).not.toMatch(/[\\:*?"<>|]/);
    const bytes = async (n: string) => Buffer.from(await zip.file(n)!.async('uint8array'));
    expect(await bytes('学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/照片.txt')).toEqual(photo1);
    expect(await bytes('学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/照片 (2).txt')).toEqual(photo2);
    expect(await bytes('普法宣传教育/2024-12-04 国家宪法日主题宣传活动/学法通知.pdf')).toEqual(PDF);

    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const sums = (await zip.file('SHA256SUMS.txt')!.async('string')).trimEnd().split('\n');
    expect(sums).toHaveLength(7);
    for (const line of sums) {
      const [hash, file] = [line.slice(0, 64), line.slice(66)];
      expect(sha(await bytes(file))).toBe(hash);
    }

    const index = await readWorkbook(await bytes('佐证材料清单.xlsx'));
    const rows = sheetRows(index.worksheets[0]!);
    expect(rows[0]).toEqual([...EVIDENCE_INDEX_COLUMNS]);
    expect(rows).toHaveLength(8);
    for (const r of rows.slice(1)) {
      const inner = r[7]!;
      const content = await bytes(inner);
      expect(r[6]).toBe(sha(content));
      expect(Number(r[5])).toBe(content.length);
    }
    expect(rows.find((r) => r[7]!.endsWith('照片 (2).txt'))!.slice(0, 5)).toEqual(['学习贯彻习近平法治思想', '2024-03-15', '党组理论学习中心组集体学法', '照片', '照片.txt']);
  });

  it('streams many larger files through intact', async () => {
    const app = openTempApp();
    const { pufa } = await seed(app);
    const made: Buffer[] = [];
    for (let i = 0; i < 12; i++) {
      const body = Buffer.alloc(700 * 1024 + i);
      for (let j = 0; j < body.length; j += 4) body.writeUInt32LE((j * 2654435761 + i) >>> 0, Math.min(j, body.length - 4));
      const file = Buffer.concat([PDF.subarray(0, 9), body]);
      made.push(file);
      await attach(app, pufa.id, file, `现场照片${i}.pdf`, '照片');
    }
    const result = await app.registry.call('ledger.evidence.export', { year: 2024 });
    expect(result).toMatchObject({ files: 12, entries: 1, bytes: made.reduce((n, b) => n + b.length, 0) });
    const zip = await JSZip.loadAsync(fs.readFileSync(exportPath(app.ctx.dataDir, result.exportId)!));
    for (let i = 0; i < 12; i++) {
      const inner = zip.file(`普法宣传教育/2024-12-04 国家宪法日主题宣传活动/现场照片${i}.pdf`)!;
      expect(Buffer.from(await inner.async('uint8array')).equals(made[i]!)).toBe(true);
    }
  });

  it('packs one category when asked, and lists a file missing from the store as missing', async () => {
    const app = openTempApp();
    const { study, pufa } = await seed(app);
    const added = await attach(app, study.id, PDF, '通知.pdf');
    await attach(app, pufa.id, Buffer.from('宣传'), '宣传.txt', '照片');
    fs.rmSync(path.join(app.ctx.dataDir, 'attachments', added.sha256.slice(0, 2), added.sha256));
    const only = await app.registry.call('ledger.evidence.export', { year: 2024, categoryId: categoryId(app, 'pufa') });
    expect(only).toMatchObject({ files: 1, entries: 1, missing: 0 });
    expect(only.fileName).toBe('某某区司法局2024年佐证材料（普法宣传教育）.zip');
    const all = await app.registry.call('ledger.evidence.export', { year: 2024 });
    expect(all).toMatchObject({ files: 1, missing: 1 });
    const zip = await JSZip.loadAsync(fs.readFileSync(exportPath(app.ctx.dataDir, all.exportId)!));
    const index = await readWorkbook(Buffer.from(await zip.file('佐证材料清单.xlsx')!.async('uint8array')));
    expect(sheetRows(index.worksheets[0]!).some((r) => r[4] === '通知.pdf' && r[7]!.includes('文件缺失'))).toBe(true);
  });
});

describe('fazhi ledger (CLI)', () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it('writes the workbook or the package by the extension, and never overwrites', async () => {
    const dataDir = tempDir();
    const app = openTempApp(dataDir);
    const { study } = await seed(app);
    await attach(app, study.id, PDF, '通知.pdf');
    app.close();
    const outDir = tempDir('fazhi-out-');
    const xlsx = path.join(outDir, '台账2024.xlsx');
    const first = await cli(['ledger', '--year', '2024', '--out', xlsx, '--data', dataDir]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toContain('5 条');
    expect((await readWorkbook(xlsx)).worksheets).toHaveLength(8);

    const docx = path.join(outDir, '台账2024.docx');
    expect((await cli(['ledger', '--year', '2024', '--out', docx, '--data', dataDir])).code).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

    const zipFile = path.join(outDir, '佐证2024.zip');
    expect((await cli(['ledger', '--year', '2024', '--out', zipFile, '--data', dataDir])).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
    expect(zip.file('学习贯彻习近平法治思想/2024-03-15 党组理论学习中心组集体学法/通知.pdf')).not.toBeNull();

    const kept = fs.readFileSync(xlsx);
    const again = await cli(['ledger', '--year', '2024', '--out', xlsx, '--data', dataDir]);
    expect(again.code).toBe(1);
    expect(again.err.join('')).toContain('已经存在，没有覆盖');
    expect(fs.readFileSync(xlsx)).toEqual(kept);
    expect(fs.readdirSync(path.join(dataDir, 'exports'))).toEqual([]);
    expect(fs.readdirSync(outDir).sort()).toEqual(['佐证2024.zip', '台账2024.docx', '台账2024.xlsx']);
  });

  it('refuses a missing year or an unknown extension with exit code 2, in Chinese', async () => {
    const dataDir = tempDir();
    const outDir = tempDir('fazhi-out-');
    const noYear = await cli(['ledger', '--out', path.join(outDir, 'a.xlsx'), '--data', dataDir]);
    expect(noYear.code).toBe(2);
    expect(noYear.err.join('')).toContain('--year');
    const badExt = await cli(['ledger', '--year', '2024', '--out', path.join(outDir, 'a.pdf'), '--data', dataDir]);
    expect(badExt.code).toBe(2);
    expect(badExt.err.join('')).toContain('.zip');
    const badYear = await cli(['ledger', '--year', '1800', '--out', path.join(outDir, 'a.xlsx'), '--data', dataDir]);
    expect(badYear.code).toBe(2);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});

describe('download route', () => {
  const servers: WebServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  it('serves a .zip export as application/zip under its Chinese name', async () => {
    const app = openTempApp();
    const { study } = await seed(app);
    await attach(app, study.id, PDF, '通知.pdf');
    const rendererDir = tempDir('fazhi-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
    const server = await startWebServer({ registry: app.registry, rendererDir });
    servers.push(server);
    const signedIn = { headers: { Cookie: await signIn(server) } };
    const made = await app.registry.call('ledger.evidence.export', { year: 2024 });
    const res = await fetch(`${server.url}exports/${made.exportId}?name=${encodeURIComponent(made.fileName)}`, signedIn);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(made.fileName)}`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body).toEqual(fs.readFileSync(exportPath(app.ctx.dataDir, made.exportId)!));
    const tables = await app.registry.call('ledger.tables.export', { year: 2024 });
    const xlsx = await fetch(`${server.url}exports/${tables.exportId}`, signedIn);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
    const missing = await fetch(`${server.url}exports/00000000-0000-4000-8000-000000000000.zip`, signedIn);
    expect(missing.status).toBe(404);
  });
});
