import fs from 'node:fs';
import path from 'node:path';

export interface RotatingLogOptions {
  /** The current file; older ones are `<file>.1` (newest) … `<file>.<keep>`. */
  file: string;
  /** The current file is rotated before a line would take it past this size. */
  maxBytes: number;
  /** How many rotated files are kept besides the current one; the oldest is deleted. */
  keep: number;
}

/**
 * Appends whole lines to a file that never grows past `maxBytes`, keeping `keep` older files.
 * Writes are synchronous: they are few (start, stop, failures), and a line must be on disk before
 * a crash that follows it. A log that cannot be written is silently skipped: logging must never be
 * the reason an operation fails or the app does not start.
 */
export function createRotatingLog(options: RotatingLogOptions): (line: string) => void {
  const { file, maxBytes, keep } = options;
  let size: number | null = null;

  function currentSize(): number {
    if (size === null) {
      try {
        size = fs.statSync(file).size;
      } catch {
        size = 0;
      }
    }
    return size;
  }

  function rotate(): void {
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    if (keep > 0) fs.renameSync(file, `${file}.1`);
    else fs.rmSync(file, { force: true });
    size = 0;
  }

  return (line: string) => {
    const bytes = Buffer.from(`${line.replace(/[\r\n]+$/, '')}\n`, 'utf8');
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (currentSize() > 0 && currentSize() + bytes.length > maxBytes) rotate();
      fs.appendFileSync(file, bytes);
      size = currentSize() + bytes.length;
    } catch {
      size = null; // re-read next time: another process (a second CLI) may have rotated it
    }
  };
}
