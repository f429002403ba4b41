import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ResolvedFaces } from '../../../shared/report/docx-settings';
import { DEFAULT_DOCX_SETTINGS, resolveFaces } from '../../../shared/report/docx-settings';
import { LEDGER_TABLES } from '../../../shared/domain/ledger-tables';
import { PAGE } from '../docx/page-geometry';
import { xmlSafe } from '../docx/xml-text';
import { ledgerPageFooter } from './ledger-page-footer';
import type { LedgerTablesContent } from './write-ledger-tables-xlsx';

// The ledger tables as a Word document for the inspection binder: A4 landscape, one table per ledger
// type, each under its 黑体 title on a new page, 仿宋 cells, the header row repeated on every page.
// The 公文 page margins are turned with the page (天头 becomes the left edge).

const MARGIN = { top: PAGE.marginLeft, bottom: PAGE.marginRight, left: PAGE.marginTop, right: PAGE.marginBottom };
/** The landscape type area width. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

/** 三号 16 pt title, 小四 12 pt header, 五号 10.5 pt cells. */
const TITLE_HALF_PT = 32;
const HEADER_HALF_PT = 24;
const CELL_HALF_PT = 21;

function columnWidths(columns: readonly string[], rows: readonly (string | number)[][]): number[] {
  const weights = columns.map((c, i) => {
    let longest = [...c].length;
    for (const r of rows.slice(0, 200)) longest = Math.max(longest, Math.min(40, [...String(r[i] ?? '')].length));
    return Math.max(4, Math.min(24, longest));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((LANDSCAPE_TEXT_WIDTH * w) / sum));
  widths[widths.length - 1]! += LANDSCAPE_TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** `faces`: those of the report's 公文格式 settings, so a unit that chose stock Windows faces gets them here too. */
export async function ledgerTablesDocx(content: LedgerTablesContent, title: string, faces: ResolvedFaces = resolveFaces(DEFAULT_DOCX_SETTINGS)): Promise<Buffer> {
  const font = (eastAsia: string) => ({ eastAsia, ascii: faces.latin, hAnsi: faces.latin, cs: faces.latin });
  const body = font(faces.body);
  const bold = font(faces.heading1);
  const cell = (text: string, width: number, header: boolean, columnSpan?: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      ...(columnSpan ? { columnSpan } : {}),
      children: [
        new Paragraph({
          alignment: header || columnSpan ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlSafe(text), font: header ? bold : body, size: header ? HEADER_HALF_PT : CELL_HALF_PT })],
        }),
      ],
    });

  const ledgerNames = new Set<string>(LEDGER_TABLES.map((t) => t.name));
  const children = content.sheets
    .filter((s) => ledgerNames.has(s.name))
    .flatMap((s, i) => {
      const widths = columnWidths(s.columns, s.rows);
      const header = new TableRow({ tableHeader: true, cantSplit: true, children: s.columns.map((c, j) => cell(c, widths[j]!, true)) });
      const rows =
        s.rows.length === 0
          ? [new TableRow({ children: [cell('本年度无记录', LANDSCAPE_TEXT_WIDTH, false, s.columns.length)] })]
          : s.rows.map((r) => new TableRow({ cantSplit: true, children: s.columns.map((_, j) => cell(String(r[j] ?? ''), widths[j]!, false)) }));
      return [
        new Paragraph({
          pageBreakBefore: i > 0,
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: xmlSafe(s.title), font: bold, size: TITLE_HALF_PT })],
        }),
        new Table({
          width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [header, ...rows],
        }),
      ];
    });

  const document = new Document({
    creator: '法治台账',
    lastModifiedBy: '法治台账',
    title: xmlSafe(title),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { ...MARGIN, header: 851, footer: 851, gutter: 0 },
          },
        },
        footers: ledgerPageFooter(faces.pageNumber, faces.pageNumber),
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
