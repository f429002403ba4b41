import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageUpload } from '../../electron/attachments';
import type { OpenApp } from '../../electron/open-app';
import { createRegistry } from '../../electron/registry';
import type { Registry } from '../../electron/registry';
import { readTableFile } from '../../electron/spreadsheet/read-table-file';
import type { WireResult } from '../../shared/contract/wire';
import { AppError, ERROR_CODES } from '../../shared/errors';
import { minimalXlsx } from '../helpers/hostile-sheets';
import { writeXlsx } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The registry fuzzer's spreadsheet part: random and malformed .xlsx and CSV files, uploaded and
// previewed and imported as the 导入表格 dialog does. Every answer is a typed Chinese error or a
// result, never a crash (`internal`) or an unhandled rejection; a preview never writes, and a refused
// import leaves the store as it was. The same files go straight to readTableFile, which may only
// refuse with an AppError. Fixed seed; FUZZ_SEED=<n> explores others.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const RUNS = 80;
const CHINESE = /[\u4e00-\u9fff]/;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

// ---- files -----------------------------------------------------------------------------------

const addresses = fc.oneof(
  { arbitrary: fc.constantFrom('A1', 'B2', 'C3', 'XFD1', 'XFD99999', 'GR100001', 'A100002', 'AAAAAAAA1', '', '1A', 'A0', 'a1', '$A$1', 'A99999999999'), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 120 })).map(([col, row]) => `${col <= 26 ? String.fromCharCode(64 + col) : `${String.fromCharCode(64 + Math.ceil(col / 26) - 1)}${String.fromCharCode(65 + ((col - 1) % 26))}`}${row}`), weight: 3 },
);
const texts = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('2024-03-15', '普法', '宪法宣传', '&amp;', '&#x4E00;', '&#xFFFFFFFF;', '&#0;', '&bogus;', '&', '<', ']]>', '_x000D_', '45366', '-1', '1e309', 'NaN', '99999999999999999999'),
);
const cellTypes = fc.constantFrom(undefined, 's', 'str', 'inlineStr', 'b', 'e', 'd', 'n', 'zz');

const cellXml = fc.record({ r: fc.option(addresses), t: cellTypes, s: fc.option(fc.constantFrom('0', '1', '2', '99', '-1', 'x')), value: fc.option(texts), inline: fc.boolean() }).map((c) => {
  const attrs = `${c.r === null ? '' : ` r="${c.r}"`}${c.t ? ` t="${c.t}"` : ''}${c.s === null ? '' : ` s="${c.s}"`}`;
  if (c.value === null) return `<c${attrs}/>`;
  return c.inline ? `<c${attrs}><is><r><t>${c.value}</t></r><rPh><t>x</t></rPh></is></c>` : `<c${attrs}><v>${c.value}</v></c>`;
});

const rowNumbers = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }).map(String), weight: 3 }, { arbitrary: fc.constantFrom('0', '-4', 'x', '100002', '1048577', '99999999999'), weight: 1 });
const rowXml = fc.record({ r: fc.option(rowNumbers), cells: fc.array(cellXml, { maxLength: 6 }) }).map((row) => `<row${row.r === null ? '' : ` r="${row.r}"`}>${row.cells.join('')}</row>`);

/** Pieces a broken writer (or an attacker) might leave in a part. */
const junk = fc.constantFrom('<', '<!--', '<![CDATA[', '<!DOCTYPE x [<!ENTITY a "b">]>', '</sheetData>', '<row', '"', "'>", '<c r="A1" t="s"><v>', '\u0000', '\ud800', '<x:row r="2">', '&#x1F600;', '<mergeCell ref="A1:XFD1048576"/>');

/** Most sheets start with a real header, so that their rows get as far as being checked and imported. */
const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>类别</t></is></c><c r="C1" t="inlineStr"><is><t>事项标题</t></is></c></row>';
const goodRow = fc
  .tuple(
    fc.integer({ min: 2, max: 40 }),
    fc.oneof({ arbitrary: fc.constantFrom('2024-03-15', '2024/4/1', '2024年5月19日'), weight: 4 }, { arbitrary: fc.constantFrom('2023-02-30', '45366', ''), weight: 1 }),
    fc.oneof({ arbitrary: fc.constantFrom('普法', '普法宣传教育'), weight: 4 }, { arbitrary: fc.constantFrom('招商引资', ''), weight: 1 }),
    fc.oneof({ arbitrary: fc.constantFrom('宪法宣传', '集体学法', '中国旅游日普法'), weight: 2 }, { arbitrary: texts, weight: 1 }),
  )
  .map(([r, date, category, title]) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${date}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${category}</t></is></c><c r="C${r}" t="str"><v>${title}</v></c></row>`);

const sheetXml = fc.record({
  header: fc.boolean(),
  rows: fc.array(fc.oneof(rowXml, goodRow), { maxLength: 8 }),
  merges: fc.array(fc.tuple(addresses, addresses).map(([a, b]) => `<mergeCell ref="${a}:${b}"/>`), { maxLength: 3 }),
  junk: fc.array(fc.tuple(junk, fc.nat()), { maxLength: 2 }),
}).map(({ header, rows, merges, junk: bits }) => {
  let xml = `<?xml version="1.0"?><worksheet><dimension ref="A1:XFD1048576"/><sheetData>${header ? HEADER_ROW : ''}${rows.join('')}</sheetData><mergeCells>${merges.join('')}</mergeCells></worksheet>`;
  for (const [bit, at] of bits) xml = xml.slice(0, at % (xml.length + 1)) + bit + xml.slice(at % (xml.length + 1));
  return xml;
});

const sharedStrings = fc.option(fc.array(texts, { maxLength: 5 }).map((ss) => `<sst>${ss.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`));
const styles = fc.option(fc.constantFrom('<styleSheet><cellXfs><xf numFmtId="14"/><xf numFmtId="31"/></cellXfs></styleSheet>', '<styleSheet><numFmts><numFmt numFmtId="200" formatCode="yyyy"/></numFmts><cellXfs><xf numFmtId="200"/></cellXfs></styleSheet>', '<styleSheet><cellXfs><xf'));

const structuredXlsx = fc.record({ sheet: sheetXml, sharedStrings, styles }).map((spec) =>
  minimalXlsx({ sheet: spec.sheet, ...(spec.sharedStrings ? { sharedStrings: spec.sharedStrings } : {}), ...(spec.styles ? { styles: spec.styles } : {}) }),
);

/** A good workbook's bytes with some flipped, cut short or spliced in. */
function mutatedXlsx(good: Buffer) {
  return fc
    .record({
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      cut: fc.option(fc.nat()),
    })
    .map(({ flips, cut }) => {
      const bytes = Buffer.from(good);
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      return cut === null ? bytes : bytes.subarray(0, 4 + (cut % bytes.length));
    });
}

const csvText = fc
  .array(fc.oneof(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', '日期', '类别', '事项标题', '2024-03-15', '普法', '\ufeff', ' ', ',,,,,,,,'), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => Buffer.from(parts.join('')));
const csvBytes = fc.oneof(csvText, fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), fc.constant(Buffer.from([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xff, 0xfe, 0x0a])));

// ---- checks ----------------------------------------------------------------------------------

function storeFingerprint(app: OpenApp): string {
  const db = app.ctx.db;
  return ['activities', 'activity_history', 'activity_metrics', 'activity_tags'].map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).raw().all())).join('\n');
}

function checkAnswer(result: WireResult<unknown>, internal: string[], what: string): void {
  expect(() => JSON.stringify(result)).not.toThrow();
  if (result.ok) return;
  expect(ERROR_CODES, what).toContain(result.error.code);
  expect(result.error.code, `${what} (seed ${SEED}):\n${internal.join('\n')}`).not.toBe('internal');
  expect(result.error.message, what).toMatch(CHINESE);
}

async function* once(bytes: Buffer) {
  yield bytes;
}

interface Fuzzed {
  app: OpenApp;
  registry: Registry;
  internal: string[];
  dir: string;
}

function fuzzed(): Fuzzed {
  const app = openTempApp();
  const internal: string[] = [];
  const registry = createRegistry(app.ctx, (operation, err) => internal.push(`${operation}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  return { app, registry, internal, dir: tempDir() };
}

async function uploadAndImport(f: Fuzzed, bytes: Buffer, fileName: string): Promise<void> {
  const direct = path.join(f.dir, `direct-${fileName}`);
  fs.writeFileSync(direct, bytes);
  const read = await readTableFile(direct, fileName).then(
    () => null,
    (err: unknown) => err,
  );
  if (read !== null) {
    expect(read, `readTableFile threw something other than an AppError (seed ${SEED}): ${String(read)}`).toBeInstanceOf(AppError);
    expect((read as AppError).message).toMatch(CHINESE);
  }
  let stagedId: string;
  try {
    stagedId = (await stageUpload(f.app.ctx.dataDir, once(bytes), fileName)).stagedId;
  } catch (err) {
    // Refused at the door (the bytes are not the type the name says): a typed Chinese refusal too.
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(CHINESE);
    return;
  }
  const before = storeFingerprint(f.app);
  const preview = await f.registry.invoke('ledger.import.preview', { stagedId, fileName });
  checkAnswer(preview, f.internal, `preview of ${fileName}`);
  expect(storeFingerprint(f.app), 'a preview wrote to the store').toBe(before);
  const commit = await f.registry.invoke('ledger.import.commit', { stagedId, fileName });
  checkAnswer(commit, f.internal, `import of ${fileName}`);
  if (!commit.ok) expect(storeFingerprint(f.app), `a refused import changed the store (seed ${SEED})`).toBe(before);
}

describe('spreadsheet import under random and malformed files', () => {
  it('structured but malformed workbooks: bad addresses, types, entities, merges, junk in the XML', async () => {
    const f = fuzzed();
    await fc.assert(
      fc.asyncProperty(structuredXlsx, fc.constantFrom('台账.xlsx', '台账.XLSX'), async (bytes, name) => uploadAndImport(f, bytes, name)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(f.internal).toEqual([]);
  });

  it('a good workbook with bytes flipped or cut short', async () => {
    const f = fuzzed();
    const good = fs.readFileSync(
      await writeXlsx(path.join(f.dir, 'good.xlsx'), [
        ['日期', '类别', '事项标题', '指标'],
        ['2024-03-15', '普法', '宪法宣传', '发放宣传材料=300份'],
        [new Date(Date.UTC(2024, 4, 19)), '普法', '中国旅游日', ''],
      ]),
    );
    await fc.assert(
      fc.asyncProperty(mutatedXlsx(good), async (bytes) => uploadAndImport(f, bytes, '台账.xlsx')),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(f.internal).toEqual([]);
  });

  it('random CSV text and bytes, and workbooks named .csv', async () => {
    const f = fuzzed();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: csvBytes, weight: 4 }, { arbitrary: structuredXlsx, weight: 1 }), async (bytes) => uploadAndImport(f, bytes, '台账.csv')),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(f.internal).toEqual([]);
  });

  it('left no unhandled rejection behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
