import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ReportBlock, ReportDocument } from '../../../shared/report/report-document';
import { titleLines } from '../../../shared/report/title-lines';
import { charsToTwips, signatureLayout } from './signature-layout';
import { STYLE } from './report-styles';
import { xmlSafe } from './xml-text';

// ReportDocument → docx paragraphs. Formatting comes from the styles; a paragraph carries only its
// style, the level-3 bold run, and the signature's computed indents.

// Chinese text typed in Word carries w:hint="eastAsia" on each run (so “”—… take the Chinese face);
// it is written there the same way, as well as in the styles.
const EAST_ASIA_HINT = { hint: 'eastAsia' };

function run(text: string, extra: { bold?: boolean; break?: number; style?: string } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), font: EAST_ASIA_HINT, ...extra });
}

// A 22-line page is the standard's; widow control would pull a line over and leave 21.
const KEEP_GRID = { widowControl: false } as const;

export function blankLine(): Paragraph {
  return new Paragraph({ style: STYLE.body, ...KEEP_GRID, children: [] });
}

/** The title's lines in one centred paragraph, separated by line breaks, then one empty line. */
export function titleParagraphs(title: string): Paragraph[] {
  const lines = titleLines(xmlSafe(title));
  const children = lines.map((line, i) => run(line, i === 0 ? {} : { break: 1 }));
  return [new Paragraph({ style: STYLE.title, children }), blankLine()];
}

/** `last`: the body's last paragraph stays with the signature, so the name never opens a page alone. */
export function blockParagraph(block: ReportBlock, last = false): Paragraph {
  switch (block.kind) {
    case 'heading1':
      return new Paragraph({ style: STYLE.heading1, children: [run(`${block.number}${block.text}`)] });
    case 'heading2':
      return new Paragraph({ style: STYLE.heading2, children: [run(`${block.number}${block.text}`)] });
    case 'paragraph':
      // A bold first run is the level-3 run-in heading ("1.…。"); the bold is the run's own. A level-2
      // run-in heading ("（一）…。") keeps the 楷体 of its level through a character style.
      return new Paragraph({
        style: STYLE.body,
        ...KEEP_GRID,
        ...(last ? { keepNext: true } : {}),
        children: block.runs.map((r) => run(r.text, { ...(r.bold ? { bold: true } : {}), ...(r.runIn === 2 ? { style: STYLE.runIn2 } : {}) })),
      });
  }
}

/** One empty line (two with a seal), then the unit's name and the date, kept together. */
export function signatureParagraphs(signature: ReportDocument['signature'], withSeal: boolean): Paragraph[] {
  const unit = xmlSafe(signature.unit);
  const date = xmlSafe(signature.date);
  const layout = signatureLayout(unit, date, withSeal);
  const line = (text: string, keepNext: boolean, place?: { right: number } | { left: number }) =>
    new Paragraph({
      style: STYLE.signature,
      ...(place && 'left' in place
        ? { alignment: AlignmentType.LEFT, indent: { left: charsToTwips(place.left) } }
        : { alignment: AlignmentType.RIGHT, ...(place ? { indent: { right: charsToTwips(place.right) } } : {}) }),
      keepNext,
      children: text ? [run(text)] : [],
    });
  const blanks = Array.from({ length: layout.blankLinesBefore }, () => line('', true));
  const datePlace = layout.dateLeftChars === undefined ? { right: layout.dateRightChars } : { left: layout.dateLeftChars };
  return [...blanks, line(unit, true, { right: layout.unitRightChars }), line(date, false, datePlace)];
}
