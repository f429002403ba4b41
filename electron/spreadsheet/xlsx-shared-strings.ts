import type { GridCell } from './table-grid';
import { cellTooLong, TABLE_FILE_LIMITS } from './table-limits';
import { scanXml } from './xml-scanner';
import { decodeCellText } from './xml-text';

// Most text in an .xlsx is in the shared-string table, cells holding only an index into it. The
// sheet is read first, so only the strings its cells use are kept (a table can list millions that no
// cell uses), and reading stops after the last one needed.

function sortedUnique(values: Float64Array): Float64Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

function indexOf(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function referencedIndexes(rows: readonly GridCell[][]): Float64Array {
  let count = 0;
  for (const cells of rows) for (const c of cells) if (typeof c === 'number') count++;
  const refs = new Float64Array(count);
  let i = 0;
  for (const cells of rows) for (const c of cells) if (typeof c === 'number') refs[i++] = c;
  return sortedUnique(refs);
}

async function readWanted(chunks: AsyncIterable<string>, wanted: Float64Array): Promise<string[]> {
  const values = new Array<string>(wanted.length).fill('');
  const rawLimit = TABLE_FILE_LIMITS.cellChars * 10;
  let ordinal = -1;
  let next = 0;
  let found = 0;
  let keep = false;
  let collecting = false;
  let inPhonetic = false;
  let raw = '';
  await scanXml(
    chunks,
    {
      open(name) {
        if (name === 'si') {
          ordinal++;
          while (next < wanted.length && wanted[next]! < ordinal) next++;
          keep = wanted[next] === ordinal;
          raw = '';
        } else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && keep && !inPhonetic) collecting = true;
      },
      close(name) {
        if (name === 't') collecting = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si' && keep) {
          const text = decodeCellText(raw).trim();
          if (text.length > TABLE_FILE_LIMITS.cellChars) throw cellTooLong('共享文字表中有一段文字');
          values[next] = text;
          found++;
          keep = collecting = false;
        }
      },
      text(piece) {
        if (!collecting) return;
        if (raw.length + piece.length > rawLimit) throw cellTooLong('共享文字表中有一段文字');
        raw += piece;
      },
    },
    () => found === wanted.length,
  );
  return values;
}

/** The rows with every shared-string index replaced by its text ('' for an index the table lacks). */
export async function resolveSharedStrings(rows: GridCell[][], table: (() => AsyncIterable<string>) | null): Promise<string[][]> {
  const wanted = referencedIndexes(rows);
  if (wanted.length === 0) return rows as string[][];
  const values = table ? await readWanted(table(), wanted) : [];
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (typeof c === 'number') cells[i] = values[indexOf(wanted, c)] ?? '';
    }
  }
  return rows as string[][];
}
