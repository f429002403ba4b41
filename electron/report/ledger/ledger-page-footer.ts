import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';

// The ledger tables are a record for the inspection binder, not a 公文: they are printed one-sided in
// landscape, so the 公文's "— N —" odd-right/even-left numbers would have nothing to bind on. An
// inspector checking that no page of the record is missing wants the total, so every page carries
// "第 N 页 共 M 页", centred, in 宋体 五号 (10.5 pt, the cells' size) below the table.

const FOOTER_HALF_PT = 21;

export function ledgerPageFooter(face: string, latin: string): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
              font: { eastAsia: face, ascii: latin, hAnsi: latin, cs: latin },
              size: FOOTER_HALF_PT,
            }),
          ],
        }),
      ],
    }),
  };
}
