// A1-style addresses as a sheet writes them. Column letters and row digits are bounded in length, so
// a hostile address gives a large number to refuse, never a loop or a huge allocation.

export interface CellAddress {
  row: number;
  column: number;
}

/** 1 → A, 28 → AB, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** AB → 28; null for anything that is not 1 to 7 letters. */
export function columnNumber(letters: string): number | null {
  if (letters.length === 0 || letters.length > 7) return null;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) return null;
    n = n * 26 + (code - 96);
  }
  return n;
}

/** A row number as a sheet writes it (1-based, at most 10 digits); null otherwise. */
export function rowNumber(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}

/** "XFD99999" (or "$XFD$99999") → { row: 99999, column: 16384 }; null when it is not one cell. */
export function parseCellAddress(text: string): CellAddress | null {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,10})$/.exec(text.trim());
  if (!m) return null;
  const column = columnNumber(m[1]!);
  const row = rowNumber(m[2]!);
  return column !== null && row !== null ? { row, column } : null;
}

/** Only the letters of an address ("XFD99999" → 16384), for a cell whose row comes from its row element. */
export function addressColumn(text: string): number | null {
  let end = text.charCodeAt(0) === 36 ? 1 : 0; // $
  const start = end;
  while (end < text.length && ((text.charCodeAt(end) | 0x20) >= 97 && (text.charCodeAt(end) | 0x20) <= 122)) end++;
  return columnNumber(text.slice(start, end));
}

/** "A1:C3" → its corners, top-left first; a single cell is a range of one. */
export function parseRange(text: string): { from: CellAddress; to: CellAddress } | null {
  const [a, b = a, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = parseCellAddress(a);
  const q = parseCellAddress(b!);
  if (!p || !q) return null;
  return {
    from: { row: Math.min(p.row, q.row), column: Math.min(p.column, q.column) },
    to: { row: Math.max(p.row, q.row), column: Math.max(p.column, q.column) },
  };
}
