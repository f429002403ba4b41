import { displayWidth } from '../../../shared/report/title-lines';
import { CHAR_PITCH_TWIPS, TEXT_WIDTH } from './page-geometry';

// Where GB/T 9704-2012 §7.3.5 puts the 署名 and 成文日期. Widths come from the texts (CJK 1, digits ½).

export interface SignatureLayout {
  /** Empty body lines between the last paragraph and the unit's name. */
  blankLinesBefore: number;
  /** The name is right-aligned this many characters from the right margin. */
  unitRightChars: number;
  /** Where the date ends, in characters from the right margin. */
  dateRightChars: number;
  /**
   * Without a seal the date is set left-aligned from here (characters from the left margin): its
   * first character must sit exactly 2 characters right of the name's, and LibreOffice always widens
   * the gaps between digits and 年月日 (it ignores w:autoSpaceDN), so a right-aligned date would
   * start a character early there. The name is pure Chinese, so its start is exact everywhere.
   */
  dateLeftChars?: number;
}

const LINE_CHARS = TEXT_WIDTH / CHAR_PITCH_TWIPS;

export function signatureLayout(unit: string, date: string, withSeal: boolean): SignatureLayout {
  const u = displayWidth(unit);
  const d = displayWidth(date);
  if (withSeal) {
    // §7.3.5.1: the date 右空四字 and the name centred over it. A name so long it would reach
    // within 2 characters of the margin moves left, the date with it, so it stays centred.
    const unitRight = Math.max(2, 4 + (d - u) / 2);
    // The 印章 (about 4 lines tall) presses on name and date with its top within a line of the
    // body: two empty lines put name and date below the seal's centre, as the standard asks.
    return { blankLinesBefore: 2, unitRightChars: unitRight, dateRightChars: unitRight + (u - d) / 2 };
  }
  // §7.3.5.2: the name 右空二字; the date's first character 2 characters right of the name's first.
  // When that would bring the date within 2 characters of the margin (the standard's "成文日期长于
  // 发文机关署名"), the date is 右空二字 and the name moves left to keep the 2-character step.
  const unitRight = u - d >= 2 ? 2 : 4 + d - u;
  const dateLeft = LINE_CHARS - unitRight - u + 2;
  return { blankLinesBefore: 1, unitRightChars: unitRight, dateRightChars: unitRight + u - 2 - d, dateLeftChars: dateLeft };
}

export function charsToTwips(chars: number): number {
  return Math.round(chars * CHAR_PITCH_TWIPS);
}
