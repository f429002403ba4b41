import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { PAGE_NUMBER_INSET_TWIPS } from './page-geometry';
import { STYLE } from './report-styles';

// "— N —": 一字线 (U+2014), a space, the PAGE field, a space, 一字线. Printed double-sided and bound on
// the left, so odd pages carry it on the right (空一字 from the edge of the type area) and even
// pages on the left; Word uses the even footer only with w:evenAndOddHeaders in settings.xml.

function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: PAGE_NUMBER_INSET_TWIPS } : { left: PAGE_NUMBER_INSET_TWIPS },
    children: [new TextRun({ children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'], font: { hint: 'eastAsia' } })],
  });
}

export function pageNumberFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}
