// The page of GB/T 9704-2012 in OOXML units (twips = 1/20 pt; 1 mm = 56.7 twips; sizes in half-points).
// Values and their reasons are in shared/domain/gbt9704-word.md.

export const TWIPS_PER_MM = 1440 / 25.4;

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  marginTop: 2098, // 天头 37 mm
  marginBottom: 1984, // 35 mm = 297 − 37 − 225
  marginLeft: 1587, // 订口 28 mm
  marginRight: 1474, // 26 mm = 210 − 28 − 156
} as const;

/** The type area (版心) width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const CHARS_PER_LINE = 28;

/** 三号 16 pt: body, headings, signature. */
export const BODY_SIZE_HALF_PT = 32;
/** 二号 22 pt: title. */
export const TITLE_SIZE_HALF_PT = 44;
/** 四号 14 pt: page number. */
export const PAGE_NUMBER_SIZE_HALF_PT = 28;

const BODY_SIZE_TWIPS = BODY_SIZE_HALF_PT * 10;

// The document grid says "22 lines × 28 characters" the way Word's 页面设置 → 文档网格 shows it, which
// is how staff check a 公文. Word's character pitch is the Normal size plus charSpace/4096 pt, i.e.
// pitch_twips = 320 + charSpace/204.8. 28 characters in 8845 twips need 315.89 twips (charSpace
// ≈ −842), but at exactly that Word can round down to 27, so 2 twips of the line are left spare:
// (8845 − 2)/28 = 315.82 → charSpace = floor(204.8 × (315.82 − 320)) = −856.
const GRID_SLACK_TWIPS = 2;
export const GRID_CHAR_SPACE = Math.floor(204.8 * ((TEXT_WIDTH - GRID_SLACK_TWIPS) / CHARS_PER_LINE - BODY_SIZE_TWIPS));

// The text itself does not snap to that grid: LibreOffice (7.4) gives every 16 pt character whose
// grid cell is narrower than 16 pt two cells, i.e. 14 characters a line. Instead every run is
// condensed by 0.3 pt (−6 twips), which Word, WPS and LibreOffice all apply alike. −5 would be
// enough for the 156 mm line (28 × 315 = 8820 ≤ 8845), but LibreOffice trims the line to whole grid
// cells of its own rounding (28 × 315 twips) and then sets only 27; 28 × 314 = 8792 fits both.
export const CHAR_SPACING_TWIPS = -6;

/** One 三号 character as set (314 twips): the unit of "空二字" for the body and the signature. */
export const CHAR_PITCH_TWIPS = BODY_SIZE_TWIPS + CHAR_SPACING_TWIPS;

/** Exact line spacing in twips from the setting in points (28.95 pt → 579). */
export function lineTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** The page number's one exact line: as tall as its 四号 characters. */
export const PAGE_NUMBER_LINE_TWIPS = PAGE_NUMBER_SIZE_HALF_PT * 10;
/** 单页码居右空一字, 双页码居左空一字: one character of the 四号 number itself. */
export const PAGE_NUMBER_INSET_TWIPS = PAGE_NUMBER_SIZE_HALF_PT * 10;

// The standard puts the 一字线 7 mm below the type area, i.e. 35 − 7 = 28 mm above the page edge.
// The footer is one exact 14 pt line, so the dash (the middle of the line) is half a line above the
// footer's bottom edge, which sits w:footer above the page edge: 28 mm − 140 twips = 1447 twips.
export const FOOTER_DISTANCE = Math.round((35 - 7) * TWIPS_PER_MM - PAGE_NUMBER_LINE_TWIPS / 2);
