import type { IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';
import type { ResolvedFaces } from '../../../shared/report/docx-settings';
import {
  BODY_SIZE_HALF_PT,
  CHAR_PITCH_TWIPS,
  CHAR_SPACING_TWIPS,
  PAGE_NUMBER_LINE_TWIPS,
  PAGE_NUMBER_SIZE_HALF_PT,
  TITLE_SIZE_HALF_PT,
} from './page-geometry';

// The formatting lives in named styles rather than on each run, so a unit that edits the file in
// Word or WPS gets 公文正文 / 一级标题 … in the style list and new paragraphs keep the format.

export const STYLE = {
  title: 'GwTitle',
  body: 'GwBody',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  /** A run-in （一）…。 heading at the start of a body paragraph: 楷体 inside the 仿宋 text. */
  runIn2: 'GwRunIn2',
  signature: 'GwSignature',
  pageNumber: 'GwPageNumber',
} as const;

// Paragraph properties the docx library has no style option for, in CT_PPrBase order; patch-parts
// writes them into styles.xml.
// - snapToGrid 0: text off the character grid (see page-geometry). It is Word's "对齐到网格" box; the
//   run-level one the library writes is what the standard describes, so both are written.
// - overflowPunct 0: a comma or full stop ending a line stays inside the 版心 rather than hanging
//   into the margin, which Word and WPS do by default. (LibreOffice 7.4 reads it inverted and
//   hangs either way.)
// - autoSpaceDN 0 on the signature: Word widens the gap between digits and 年月日 by default, which
//   would make the date wider than its characters and put the name off its centre (with a seal).
const OFF_GRID = '<w:overflowPunct w:val="0"/><w:snapToGrid w:val="0"/>';
export const STYLE_PPR_PATCHES: Readonly<Record<string, string>> = {
  Normal: OFF_GRID,
  [STYLE.title]: OFF_GRID,
  [STYLE.body]: OFF_GRID,
  [STYLE.heading1]: OFF_GRID,
  [STYLE.heading2]: OFF_GRID,
  [STYLE.signature]: '<w:overflowPunct w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>',
  [STYLE.pageNumber]: OFF_GRID,
};

function fonts(eastAsia: string, latin: string) {
  // hint eastAsia: quotes, dashes and ellipses (shared by Latin and CJK) take the Chinese face,
  // full width, as Chinese typing in Word does.
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' };
}

export function reportStyles(faces: ResolvedFaces, lineTwips: number): IStylesOptions {
  const exact = { line: lineTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  // Word reads the character count; LibreOffice (7.4) only the twips, so both are written.
  const bodyIndent = { firstLineChars: 200, firstLine: 2 * CHAR_PITCH_TWIPS };
  return {
    default: {
      document: {
        // Normal is 三号: Word's grid pitch (charSpace) is measured from the Normal font size.
        run: {
          size: BODY_SIZE_HALF_PT,
          font: fonts(faces.body, faces.latin),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: exact },
      },
    },
    paragraphStyles: [
      {
        // Normal carries the size itself, not only the document defaults: LibreOffice computes the
        // grid pitch from the Normal style's own size and, without it, takes 12 pt.
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        paragraph: { spacing: exact },
        run: { size: BODY_SIZE_HALF_PT, font: fonts(faces.body, faces.latin), characterSpacing: CHAR_SPACING_TWIPS, snapToGrid: false },
      },
      {
        // Title and page number are not based on Normal: its 0.3 pt condensing is for 三号 text only
        // (the docx library cannot write a 0 spacing to undo it).
        id: STYLE.title,
        name: '公文标题',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact, keepNext: true },
        run: { size: TITLE_SIZE_HALF_PT, bold: false, font: fonts(faces.title, faces.latin) },
      },
      {
        id: STYLE.body,
        name: '公文正文',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: bodyIndent },
        run: { size: BODY_SIZE_HALF_PT, font: fonts(faces.body, faces.latin) },
      },
      {
        id: STYLE.heading1,
        name: '公文一级标题',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: bodyIndent, keepNext: true, outlineLevel: 0 },
        run: { size: BODY_SIZE_HALF_PT, bold: false, font: fonts(faces.heading1, faces.latin) },
      },
      {
        id: STYLE.heading2,
        name: '公文二级标题',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: bodyIndent, keepNext: true, outlineLevel: 1 },
        run: { size: BODY_SIZE_HALF_PT, bold: false, font: fonts(faces.heading2, faces.latin) },
      },
      {
        id: STYLE.signature,
        name: '公文署名',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.RIGHT, spacing: exact },
        run: { size: BODY_SIZE_HALF_PT, font: fonts(faces.body, faces.latin) },
      },
      {
        id: STYLE.pageNumber,
        name: '公文页码',
        // One exact 四号 line, so the footer distance alone places the number (see page-geometry).
        paragraph: { spacing: { line: PAGE_NUMBER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        // 4号半角宋体: the digits are 宋体 too, not the body's Latin face.
        run: { size: PAGE_NUMBER_SIZE_HALF_PT, font: fonts(faces.pageNumber, faces.pageNumber) },
      },
    ],
    characterStyles: [
      {
        id: STYLE.runIn2,
        name: '公文二级标题（接排）',
        run: { font: fonts(faces.heading2, faces.latin) },
      },
    ],
  };
}
