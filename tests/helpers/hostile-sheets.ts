import ExcelJS from 'exceljs';
import fs from 'node:fs';
import zlib from 'node:zlib';

// Spreadsheets built in the test, hostile or not: a minimal .xlsx written part by part (so a part
// can lie about its size, or be far bigger unpacked than packed), and the sheets of issue 13.

export interface ZipPart {
  name: string;
  /** The part's bytes; or `deflated` with the true `size` and `crc`, for a part too big to hold. */
  data?: Buffer | string;
  deflated?: Buffer;
  size?: number;
  crc?: number;
  /** What the zip's directory says the unpacked size is, when it is to lie. */
  declaredSize?: number;
}

/** A zip of the parts, deflated, without data descriptors, sizes as declared. */
export function zipParts(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = part.data === undefined ? null : Buffer.from(part.data);
    const packed = part.deflated ?? zlib.deflateRawSync(raw ?? Buffer.alloc(0));
    const size = part.declaredSize ?? part.size ?? raw?.length ?? 0;
    const crc = part.crc ?? (raw ? zlib.crc32(raw) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A worksheet part around the given <row> elements (and anything that follows sheetData, such as mergeCells). */
export function worksheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** One <row> of inline-string cells from column A. */
export function inlineRow(row: number, cells: readonly string[]): string {
  const letters = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
  return `<row r="${row}">${cells.map((c, i) => `<c r="${letters(i)}${row}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`).join('')}</row>`;
}

export interface MinimalXlsx {
  /** The worksheet part: its text, or a prepared part (a bomb). */
  sheet: string | Omit<ZipPart, 'name'>;
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  sheetName?: string;
}

/** The smallest .xlsx Excel opens: one sheet, with shared strings and styles if given. */
export function minimalXlsx(spec: MinimalXlsx): Buffer {
  const extra = [
    spec.sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '',
    spec.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : '',
  ].join('');
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${spec.workbookPr ?? ''}<sheets><sheet name="${escapeXml(spec.sheetName ?? '台账')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`,
    },
    typeof spec.sheet === 'string' ? { name: 'xl/worksheets/sheet1.xml', data: spec.sheet } : { ...spec.sheet, name: 'xl/worksheets/sheet1.xml' },
  ];
  if (spec.sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', data: spec.sharedStrings });
  if (spec.styles) parts.push({ name: 'xl/styles.xml', data: spec.styles });
  return zipParts(parts);
}

/** Issue 13: a 台账 header and one cell far away, written by exceljs as Excel would write it (about 5 KB). */
export async function farCellXlsx(file: string, address = 'XFD99999'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['日期', '类别', '事项标题']);
  sheet.addRow(['2024-03-15', '普法', '宪法宣传']);
  sheet.getCell(address).value = 'x';
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A valid 台账 with `dataRows` rows below the header (inline strings, so the sheet alone holds it). */
export function manyRowsXlsx(file: string, dataRows: number): string {
  const rows: string[] = [inlineRow(1, ['日期', '类别', '事项标题'])];
  for (let r = 2; r <= dataRows + 1; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>2024-03-15</t></is></c><c r="B${r}" t="inlineStr"><is><t>普法</t></is></c><c r="C${r}" t="inlineStr"><is><t>第${r}场</t></is></c></row>`);
  fs.writeFileSync(file, minimalXlsx({ sheet: worksheetXml(rows.join('')) }));
  return file;
}

/**
 * A sheet that unpacks to `unpackedMb` MB (a header row, then blanks) from a few hundred KB. The
 * directory states the true size unless `declaredSize` makes it lie.
 */
export async function zipBombXlsx(file: string, unpackedMb: number, declaredSize?: number): Promise<string> {
  const whole = worksheetXml(inlineRow(1, ['日期', '类别', '事项标题']));
  const head = Buffer.from(whole.slice(0, whole.indexOf('</sheetData>')));
  const tail = Buffer.from(whole.slice(whole.indexOf('</sheetData>')));
  const blanks = Buffer.alloc(1024 * 1024, ' ');
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = zlib.crc32(head);
  const write = (b: Buffer) => (deflate.write(b) ? Promise.resolve() : new Promise<void>((resolve) => deflate.once('drain', resolve)));
  await write(head);
  for (let i = 0; i < unpackedMb; i++) {
    crc = zlib.crc32(blanks, crc);
    await write(blanks);
  }
  crc = zlib.crc32(tail, crc);
  deflate.end(tail);
  await done;
  const size = head.length + unpackedMb * blanks.length + tail.length;
  const sheet: Omit<ZipPart, 'name'> = { deflated: Buffer.concat(out), size, crc };
  if (declaredSize !== undefined) sheet.declaredSize = declaredSize;
  fs.writeFileSync(file, minimalXlsx({ sheet }));
  return file;
}
