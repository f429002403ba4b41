import { chineseNumeral } from './cn-numerals';
import { stripLeadingNumbering } from './leading-number';

// The four levels of 公文 numbering (GB/T 9704 and §4 of the report reference): 一、 （一） 1. （1）.
// Numbers are always computed from position, never typed, so a gap or a duplicate cannot happen.

export type NumberLevel = 1 | 2 | 3 | 4;

export function numberFor(level: NumberLevel, position: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(position)}、`;
    case 2:
      return `（${chineseNumeral(position)}）`;
    case 3:
      return `${position}.`;
    case 4:
      return `（${position}）`;
  }
}

/** "一是" … "十是": the ordinal that opens each item of prose enumeration. */
export function yishiOrdinal(position: number): string {
  return `${chineseNumeral(position)}是`;
}

/** Removes a typed number, so an edit never fixes numbering by hand. */
export function stripTypedNumber(text: string): string {
  return stripLeadingNumbering(text).text;
}
