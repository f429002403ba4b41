import fs from 'node:fs';
import zlib from 'node:zlib';
import type { ZipEntry } from '../package/zip-directory';
import { entryDataOffset, readZipDirectory, ZipDirectoryError } from '../package/zip-directory';
import { DAMAGED, partTooBig, TableFileProblem } from './table-limits';

// An .xlsx is a zip of XML parts. Its central directory says how big each part is unpacked; a part
// declared bigger than its limit is refused before a byte is inflated, and one that inflates past
// what it declared is refused as it happens, so a "zip bomb" costs neither memory nor time.

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function startsWithOle(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return fs.readSync(fd, head, 0, 4, 0) === 4 && head.equals(OLE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

export interface XlsxPackage {
  /** The entry of that name (exact, else ignoring case as Excel does), or null. */
  find(name: string): ZipEntry | null;
  /** The part's text, chunk by chunk, refused if it is (or grows) bigger than `limit` bytes. */
  text(entry: ZipEntry, limit: number, what: string): AsyncGenerator<string>;
}

export function openXlsxPackage(file: string): XlsxPackage {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(file).entries;
  } catch (err) {
    if (!(err instanceof ZipDirectoryError)) throw err;
    if (err.problem === 'not_zip' && startsWithOle(file)) {
      throw new TableFileProblem('这是旧版 Excel 格式（.xls），或是加了密码的工作簿。请在 Excel 或 WPS 中去掉密码并“另存为” .xlsx 后再导入');
    }
    if (err.problem === 'zip64') throw new TableFileProblem('工作簿使用了本程序不支持的 ZIP64 压缩格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
    throw new TableFileProblem(DAMAGED);
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  return {
    find: (name) => byName.get(name) ?? byLowerName.get(name.toLowerCase()) ?? null,
    text: (entry, limit, what) => partText(file, entry, limit, what),
  };
}

async function* partText(file: string, entry: ZipEntry, limit: number, what: string): AsyncGenerator<string> {
  if (entry.size > limit) throw partTooBig(what, limit);
  if ((entry.flags & 1) === 1) throw new TableFileProblem('工作簿加了密码，请在 Excel 或 WPS 中去掉密码后再导入');
  if (entry.method !== 0 && entry.method !== 8) throw new TableFileProblem(DAMAGED);
  if (entry.packedSize === 0) return;
  let packed: Buffer;
  try {
    packed = Buffer.alloc(entry.packedSize);
    const fd = fs.openSync(file, 'r');
    try {
      if (fs.readSync(fd, packed, 0, packed.length, entryDataOffset(file, entry)) !== packed.length) throw new TableFileProblem(DAMAGED);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if (err instanceof ZipDirectoryError) throw new TableFileProblem(DAMAGED);
    throw err;
  }
  const source = entry.method === 8 ? zlib.createInflateRaw({ chunkSize: 64 * 1024 }).end(packed) : [packed];
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      // The directory said how big the part is; inflating past it means the directory lies.
      if (size > entry.size) throw new TableFileProblem(DAMAGED);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (err) {
    if (err instanceof TableFileProblem) throw err;
    throw new TableFileProblem(DAMAGED);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
