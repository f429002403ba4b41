import type { TableGrid } from './table-grid';
import { cellTooLongAt, TableFileProblem } from './table-limits';

// CSV as Excel and WPS write it (RFC 4180: commas, double quotes doubled inside quoted fields, any
// line ending), read field by field into a TableGrid. Only fields with content are stored, so a
// line of a million commas costs a pass over it and nothing more. Fields are trimmed.

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const COMMA = 44;
const CR = 13;
const LF = 10;
const QUOTE = 34;

/** Reads a quoted field starting at the quote; answers its text and where the field's remainder starts. */
function quotedField(text: string, open: number, row: number, column: number, maxChars: number): { value: string; next: number } {
  let value = '';
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) throw new TableFileProblem(`CSV 格式有误（第 ${lineAt(text, open)} 行有一个引号没有成对）`);
    value += text.slice(from, q);
    if (value.length > maxChars) throw cellTooLongAt(row, column);
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      from = q + 2;
    } else return { value, next: q + 1 };
  }
}

export function readCsvCells(text: string, grid: TableGrid, maxChars: number): void {
  let row = 1;
  let column = 1;
  let i = 0;
  while (i < text.length) {
    let start = i;
    while (start < text.length && isBlank(text.charCodeAt(start))) start++;
    let value = '';
    let end = start;
    if (text.charCodeAt(start) === QUOTE) {
      const quoted = quotedField(text, start, row, column, maxChars);
      value = quoted.value;
      end = quoted.next;
    }
    // Unquoted text, or whatever follows a closing quote before the comma (kept, as Excel keeps it).
    const rest = end;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === COMMA || c === CR || c === LF) break;
      end++;
    }
    if (end > rest) value += text.slice(rest, end);
    const trimmed = value.trim();
    if (trimmed) {
      if (trimmed.length > maxChars) throw cellTooLongAt(row, column);
      grid.set(row, column, trimmed);
    }
    const stop = text.charCodeAt(end);
    if (stop === COMMA) {
      column++;
      i = end + 1;
      continue;
    }
    i = stop === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    row++;
    column = 1;
  }
}
