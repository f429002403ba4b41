// Word refuses a file ("unreadable content") when the children of w:pPr, w:rPr or w:sectPr are out
// of the order the schema (ECMA-376 CT_PPr, CT_RPr, CT_SectPr) gives. These are those sequences.

const PPR = `pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs
  suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd
  snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
  textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange`;
const RPR = `rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid
  vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em
  lang eastAsianLayout specVanish oMath`;
const SECTPR = `headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType
  pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange`;

export const SCHEMA_ORDER: Record<string, readonly string[]> = {
  'w:pPr': PPR.split(/\s+/).map((n) => `w:${n}`),
  'w:rPr': RPR.split(/\s+/).map((n) => `w:${n}`),
  'w:sectPr': SECTPR.split(/\s+/).map((n) => `w:${n}`),
};

/** Each container's direct children, by walking the tags with a depth count. */
function childLists(xml: string, container: string): string[][] {
  const lists: string[][] = [];
  const stack: { name: string; children: string[] | undefined }[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (closing) {
      const top = stack.pop();
      if (top?.children) lists.push(top.children);
      continue;
    }
    stack[stack.length - 1]?.children?.push(name);
    if (!selfClosing) stack.push({ name, children: name === container ? [] : undefined });
    else if (name === container) lists.push([]);
  }
  return lists;
}

/** Descriptions of every out-of-order or unknown child of pPr, rPr and sectPr in the part. */
export function schemaOrderViolations(xml: string): string[] {
  const problems: string[] = [];
  for (const [container, order] of Object.entries(SCHEMA_ORDER)) {
    for (const children of childLists(xml, container)) {
      let last = -1;
      for (const child of children) {
        const at = order.indexOf(child);
        if (at < 0) problems.push(`${container} has unknown child ${child}: ${children.join(' ')}`);
        else if (at < last) problems.push(`${container} children out of order: ${children.join(' ')}`);
        last = Math.max(last, at);
      }
    }
  }
  return problems;
}
