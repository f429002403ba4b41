import { Document, DocumentGridType, Packer } from 'docx';
import type { DocxSettings } from '../../../shared/report/docx-settings';
import { parseDocxSettings, resolveFaces } from '../../../shared/report/docx-settings';
import type { ReportDocument } from '../../../shared/report/report-document';
import { FOOTER_DISTANCE, GRID_CHAR_SPACE, lineTwips, PAGE } from './page-geometry';
import { pageNumberFooters } from './page-number-footers';
import { patchParts } from './patch-parts';
import { blockParagraph, signatureParagraphs, titleParagraphs } from './report-paragraphs';
import { templatedBody } from './templated-body';
import { STYLE_PPR_PATCHES, reportStyles } from './report-styles';
import { xmlSafe } from './xml-text';

/**
 * The report as a .docx in 公文格式 (GB/T 9704-2012), in memory. `body`: 'templated' writes the body
 * from one library-made paragraph per shape (see templated-body); 'library' has the library write
 * every paragraph, the reference the templated body is tested against.
 */
export async function buildReportDocx(doc: ReportDocument, settings: DocxSettings, body: 'templated' | 'library' = 'templated'): Promise<Buffer> {
  // Settings may come from a saved file; a bad one is the user's to fix, with a Chinese message.
  const valid = parseDocxSettings(settings);
  const faces = resolveFaces(valid);
  const line = lineTwips(valid.bodyLineSpacingPt);
  const title = titleParagraphs(doc.title);
  const templated = body === 'templated' ? templatedBody(doc.blocks) : undefined;
  const document = new Document({
    creator: '法治台账',
    lastModifiedBy: '法治台账',
    title: xmlSafe(doc.title),
    evenAndOddHeaderAndFooters: true,
    styles: reportStyles(faces, line),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: 851,
              footer: FOOTER_DISTANCE,
              gutter: 0,
            },
          },
          // The grid's line pitch follows the body spacing, so every line, blank ones too, is on it.
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: line, charSpace: GRID_CHAR_SPACE },
        },
        footers: pageNumberFooters(),
        children: [
          ...title,
          ...(templated ? templated.samples : doc.blocks.map((block, i) => blockParagraph(block, i === doc.blocks.length - 1))),
          ...signatureParagraphs(doc.signature, valid.signatureWithSeal),
        ],
      },
    ],
  });
  return patchParts(await Packer.toBuffer(document), {
    faces,
    stylePPr: STYLE_PPR_PATCHES,
    ...(templated ? { document: (xml: string) => templated.fill(xml, title.length) } : {}),
  });
}
