import fs from 'node:fs';

// Reads a .zip's central directory: the one place that says what the archive holds. Nothing is
// extracted here and no name from the archive ever becomes a path.

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  packedSize: number;
  size: number;
  /** Upper 16 bits: Unix mode (S_IFLNK marks a symbolic link). */
  externalAttributes: number;
  localHeaderOffset: number;
}

export type ZipDirectoryProblem = 'not_zip' | 'truncated' | 'zip64';

export class ZipDirectoryError extends Error {
  constructor(readonly problem: ZipDirectoryProblem) {
    super(problem);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const read = fs.readSync(fd, buf, 0, length, position);
  if (read < length) throw new ZipDirectoryError('truncated');
  return buf;
}

export function readZipDirectory(file: string): { entries: ZipEntry[]; directoryOffset: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 4) throw new ZipDirectoryError('not_zip');
    const magic = readAt(fd, 0, 4).readUInt32LE(0);
    if (magic !== LOCAL && magic !== EOCD) throw new ZipDirectoryError('not_zip');
    if (size < EOCD_MIN) throw new ZipDirectoryError('truncated');
    const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = readAt(fd, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD && i + EOCD_MIN + tail.readUInt16LE(i + 20) === tail.length) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipDirectoryError('truncated');
    const count = tail.readUInt16LE(at + 10);
    const directorySize = tail.readUInt32LE(at + 12);
    const directoryOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) throw new ZipDirectoryError('zip64');
    if (directoryOffset + directorySize > size - tailLength + at) throw new ZipDirectoryError('truncated');
    const dir = readAt(fd, directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipDirectoryError('truncated');
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      if (p + 46 + nameLength > dir.length) throw new ZipDirectoryError('truncated');
      const entry: ZipEntry = {
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        packedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        externalAttributes: dir.readUInt32LE(p + 38),
        localHeaderOffset: dir.readUInt32LE(p + 42),
        name: dir.subarray(p + 46, p + 46 + nameLength).toString('utf8'),
      };
      if (entry.packedSize === 0xffffffff || entry.size === 0xffffffff || entry.localHeaderOffset === 0xffffffff) throw new ZipDirectoryError('zip64');
      if (entry.localHeaderOffset + 30 + entry.packedSize > directoryOffset) throw new ZipDirectoryError('truncated');
      entries.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, directoryOffset };
  } finally {
    fs.closeSync(fd);
  }
}

/** Where an entry's packed bytes start (after its local header, whose name and extra field may differ in length). */
export function entryDataOffset(file: string, entry: ZipEntry): number {
  const fd = fs.openSync(file, 'r');
  try {
    const head = readAt(fd, entry.localHeaderOffset, 30);
    if (head.readUInt32LE(0) !== LOCAL) throw new ZipDirectoryError('truncated');
    return entry.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  } finally {
    fs.closeSync(fd);
  }
}
