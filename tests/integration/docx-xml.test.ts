import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../electron/report/docx/write-report-docx';
import type { DocxSettings } from '../../shared/report/docx-settings';
import { DEFAULT_DOCX_SETTINGS } from '../../shared/report/docx-settings';
import type { DocxParts } from '../helpers/docx-xml';
import { attrs, attrsOf, elements, first, isOn, paragraphs, readDocxParts, runs, styleById, styleOf, textOf } from '../helpers/docx-xml';
import { SAMPLE_DATE, SAMPLE_UNIT, sampleReport } from '../helpers/docx-sample';
import { schemaOrderViolations } from '../helpers/docx-schema-order';

// The values of shared/domain/gbt9704-word.md, read back from the file the writer produces.

async function build(settings: Partial<DocxSettings> = {}, doc = sampleReport()): Promise<DocxParts> {
  return readDocxParts(await buildReportDocx(doc, { ...DEFAULT_DOCX_SETTINGS, ...settings }));
}

const pPr = (xml: string) => first(xml, 'w:pPr') ?? '';
const rPr = (xml: string) => first(xml, 'w:rPr') ?? '';
const fontsOf = (style: string) => attrsOf(rPr(style), 'w:rFonts');

let parts: DocxParts;
beforeAll(async () => {
  parts = await build();
});

describe('schema', () => {
  it('writes pPr, rPr and sectPr children in schema order, as Word insists', async () => {
    for (const p of [parts, await build({ signatureWithSeal: true })]) {
      for (const xml of [p.document, p.styles, ...Object.values(p.footers)]) expect(schemaOrderViolations(xml)).toEqual([]);
    }
  });
});

describe('page', () => {
  it('is A4 with the 公文 margins and the footer 7 mm under the type area', () => {
    expect(attrsOf(parts.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const mar = attrsOf(parts.document, 'w:pgMar');
    expect(mar).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1587', 'w:right': '1474' });
    // (35 − 7) mm to the middle of the one 14 pt footer line: 1587.4 − 140 twips.
    expect(Number(mar['w:footer'])).toBe(1447);
  });

  it('has a 22 × 28 document grid whose character pitch leaves Word a little slack', () => {
    const grid = attrsOf(parts.document, 'w:docGrid');
    expect(grid['w:type']).toBe('linesAndChars');
    expect(grid['w:linePitch']).toBe('579');
    const charSpace = Number(grid['w:charSpace']);
    const pitchTwips = 320 + charSpace / 204.8;
    const textWidth = 11906 - 1587 - 1474;
    expect(Math.floor(textWidth / pitchTwips)).toBe(28);
    expect(textWidth - 28 * pitchTwips).toBeGreaterThanOrEqual(1);
    expect(textWidth - 28 * pitchTwips).toBeLessThanOrEqual(3);
    expect(charSpace).toBe(-856);
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
  });

  it('turns on separate odd and even footers', () => {
    expect(isOn(parts.settings, 'w:evenAndOddHeaders')).toBe(true);
  });
});

describe('styles', () => {
  it('names each role’s Chinese face in w:eastAsia and Times New Roman for Latin and digits', () => {
    const expected: Record<string, string> = {
      Normal: '仿宋_GB2312',
      GwBody: '仿宋_GB2312',
      GwTitle: '方正小标宋简体',
      GwHeading1: '黑体',
      GwHeading2: '楷体_GB2312',
      GwSignature: '仿宋_GB2312',
      GwPageNumber: '宋体',
    };
    for (const [id, face] of Object.entries(expected)) {
      const f = fontsOf(styleById(parts.styles, id));
      expect(f['w:eastAsia'], id).toBe(face);
      const latin = id === 'GwPageNumber' ? '宋体' : 'Times New Roman';
      expect([f['w:ascii'], f['w:hAnsi']], id).toEqual([latin, latin]);
    }
  });

  it('sets 二号 title, 三号 text and a 四号 page number', () => {
    const size = (id: string) => attrsOf(rPr(styleById(parts.styles, id)), 'w:sz')['w:val'];
    expect(size('GwTitle')).toBe('44');
    for (const id of ['Normal', 'GwBody', 'GwHeading1', 'GwHeading2', 'GwSignature']) expect(size(id), id).toBe('32');
    expect(size('GwPageNumber')).toBe('28');
    expect(attrsOf(first(parts.styles, 'w:docDefaults') ?? '', 'w:sz')['w:val']).toBe('32');
  });

  it('spaces every text line exactly 579 twips with nothing before or after', () => {
    for (const id of ['Normal', 'GwTitle', 'GwBody', 'GwHeading1', 'GwHeading2', 'GwSignature']) {
      expect(attrsOf(pPr(styleById(parts.styles, id)), 'w:spacing'), id).toMatchObject({
        'w:line': '579',
        'w:lineRule': 'exact',
        'w:before': '0',
        'w:after': '0',
      });
    }
  });

  it('indents body and headings 2 characters, justifies the body, centres the title', () => {
    for (const id of ['GwBody', 'GwHeading1', 'GwHeading2']) {
      const ind = attrsOf(pPr(styleById(parts.styles, id)), 'w:ind');
      expect(ind['w:firstLineChars'], id).toBe('200');
      expect(ind['w:firstLine'], id).toBe(String(2 * 314));
    }
    expect(attrsOf(pPr(styleById(parts.styles, 'GwBody')), 'w:jc')['w:val']).toBe('both');
    expect(attrsOf(pPr(styleById(parts.styles, 'GwTitle')), 'w:jc')['w:val']).toBe('center');
  });

  it('keeps headings and the title regular, not bold', () => {
    for (const id of ['GwTitle', 'GwHeading1', 'GwHeading2']) expect(isOn(rPr(styleById(parts.styles, id)), 'w:b'), id).toBe(false);
  });

  it('keeps text off the character grid and condensed 0.3 pt, the same in Word and LibreOffice', () => {
    for (const id of ['Normal', 'GwTitle', 'GwBody', 'GwHeading1', 'GwHeading2', 'GwSignature', 'GwPageNumber']) {
      const p = pPr(styleById(parts.styles, id));
      expect(attrsOf(p, 'w:snapToGrid')['w:val'], id).toBe('0');
      // CT_PPrBase order: … overflowPunct … snapToGrid, spacing.
      expect(p.indexOf('<w:overflowPunct'), id).toBeLessThan(p.indexOf('<w:snapToGrid'));
      expect(p.indexOf('<w:snapToGrid'), id).toBeLessThan(p.indexOf('<w:spacing'));
    }
    expect(attrsOf(rPr(styleById(parts.styles, 'Normal')), 'w:spacing')['w:val']).toBe('-6');
    for (const id of ['GwTitle', 'GwPageNumber']) {
      const style = styleById(parts.styles, id);
      expect(first(style, 'w:basedOn'), id).toBeUndefined();
      expect(first(rPr(style), 'w:spacing'), id).toBeUndefined();
    }
  });

  it('keeps end-of-line punctuation inside the type area (no hanging into the margin)', () => {
    for (const id of ['Normal', 'GwBody', 'GwHeading1', 'GwHeading2', 'GwSignature']) {
      expect(attrsOf(pPr(styleById(parts.styles, id)), 'w:overflowPunct')['w:val'], id).toBe('0');
    }
  });

  it('sets the date without extra gaps between digits and 年月日', () => {
    expect(attrsOf(pPr(styleById(parts.styles, 'GwSignature')), 'w:autoSpaceDN')['w:val']).toBe('0');
    expect(attrsOf(pPr(styleById(parts.styles, 'GwBody')), 'w:autoSpaceDN')['w:val']).toBeUndefined();
  });

  it('marks text as Chinese so quotes and dashes take the Chinese face', () => {
    expect(attrsOf(first(parts.styles, 'w:docDefaults') ?? '', 'w:lang')['w:eastAsia']).toBe('zh-CN');
    const bodyRun = runs(paragraphs(parts.document)[2] ?? '')[0] ?? '';
    expect(attrsOf(bodyRun, 'w:rFonts')['w:hint']).toBe('eastAsia');
  });
});

describe('content', () => {
  const byStyle = (id: string) => paragraphs(parts.document).filter((p) => styleOf(p) === id);

  it('breaks the title into a trapezoid inside one centred paragraph, then one empty line', () => {
    const [title, blank, body] = paragraphs(parts.document);
    expect(styleOf(title ?? '')).toBe('GwTitle');
    const titleRuns = runs(title ?? '');
    expect(titleRuns.map(textOf)).toEqual(['柳州市莲花山保护中心2022年', '法治政府建设情况报告']);
    expect(first(titleRuns[0] ?? '', 'w:br')).toBeUndefined();
    expect(first(titleRuns[1] ?? '', 'w:br')).toBeDefined();
    expect(textOf(blank ?? '')).toBe('');
    expect(textOf(body ?? '')).toMatch(/^2022年，/);
  });

  it('sets headings in their own styles with no bold of their own', () => {
    expect(byStyle('GwHeading1').map(textOf)).toEqual(['一、推进法治政府建设的主要举措和成效', '二、存在问题和原因', '三、2023年工作计划']);
    expect(byStyle('GwHeading2').map(textOf)).toEqual(['（一）深入学习贯彻习近平法治思想', '（二）依法全面履行管理职能']);
    for (const p of [...byStyle('GwHeading1'), ...byStyle('GwHeading2')]) expect(isOn(p, 'w:b')).toBe(false);
  });

  it('makes a level-3 run-in heading bold and the text after it regular', () => {
    const item = byStyle('GwBody').find((p) => textOf(p).startsWith('1.深入学习'));
    const [head, rest] = runs(item ?? '');
    expect(textOf(head ?? '')).toBe('1.深入学习宣传贯彻党的二十大精神。');
    expect(isOn(head ?? '', 'w:b')).toBe(true);
    expect(isOn(rest ?? '', 'w:b')).toBe(false);
  });

  it('puts the name 2 characters from the right and the date’s first character 2 characters right of the name’s', () => {
    const [blank, unit, date] = byStyle('GwSignature');
    expect(textOf(blank ?? '')).toBe('');
    expect(textOf(unit ?? '')).toBe(SAMPLE_UNIT);
    expect(textOf(date ?? '')).toBe(SAMPLE_DATE);
    expect(attrsOf(unit ?? '', 'w:jc')['w:val']).toBe('right');
    expect(attrsOf(unit ?? '', 'w:ind')['w:right']).toBe(String(2 * 314));
    // Name starts at 8845 − 628 − 10 × 314 twips from the left margin; the date 2 × 314 later.
    expect(attrsOf(date ?? '', 'w:jc')['w:val']).toBe('left');
    expect(attrsOf(date ?? '', 'w:ind')['w:left']).toBe(String(8845 - 628 - 10 * 314 + 628));
    // The body's last paragraph, one empty line, name, date.
    const all = paragraphs(parts.document);
    expect(all.slice(-3).map(styleOf)).toEqual(['GwSignature', 'GwSignature', 'GwSignature']);
    expect(styleOf(all[all.length - 4] ?? '')).toBe('GwBody');
    // The body's last paragraph and the empty line keep with the name, so it never opens a page alone.
    for (const p of all.slice(-4, -1)) expect(isOn(p, 'w:keepNext')).toBe(true);
    expect(isOn(all[all.length - 5] ?? '', 'w:keepNext')).toBe(false);
  });

  it('with a seal sets the date 4 characters from the right, the name centred over it, two empty lines above', async () => {
    const sealed = await build({ signatureWithSeal: true });
    const sig = paragraphs(sealed.document).filter((p) => styleOf(p) === 'GwSignature');
    expect(sig.map(textOf)).toEqual(['', '', SAMPLE_UNIT, SAMPLE_DATE]);
    const [, , unit, date] = sig;
    expect(attrsOf(date ?? '', 'w:jc')['w:val']).toBe('right');
    expect(attrsOf(date ?? '', 'w:ind')['w:right']).toBe(String(4 * 314));
    // Name 10 characters, date 6.5 (digits half): centred → right indent 4 − 1.75 = 2.25 characters.
    expect(attrsOf(unit ?? '', 'w:ind')['w:right']).toBe(String(Math.round(2.25 * 314)));
  });
});

describe('footers', () => {
  it('writes "— PAGE —" in 宋体 on odd pages right and even pages left, inset one character', () => {
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = parts.footers[type] ?? '';
      const [p] = paragraphs(footer);
      expect(styleOf(p ?? ''), type).toBe('GwPageNumber');
      expect(attrsOf(p ?? '', 'w:jc')['w:val'], type).toBe(side);
      expect(attrsOf(p ?? '', 'w:ind')[`w:${side}`], type).toBe('280');
      const instr = elements(p ?? '', 'w:instrText').map((i) => i.replace(/<[^>]+>/g, '').trim());
      expect(instr, type).toEqual(['PAGE']);
      const withField = (p ?? '').replace(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/, '<w:t>{PAGE}</w:t>');
      expect(textOf(withField), type).toBe('\u2014 {PAGE} \u2014');
    }
    const pageNumber = styleById(parts.styles, 'GwPageNumber');
    expect(attrsOf(rPr(pageNumber), 'w:sz')['w:val']).toBe('28');
  });
});

describe('fonts and settings', () => {
  it('with the Windows-common choice names faces a stock Windows has', async () => {
    const win = await build({ faceChoice: 'windows-common' });
    const face = (id: string) => fontsOf(styleById(win.styles, id))['w:eastAsia'];
    expect([face('GwBody'), face('GwTitle'), face('GwHeading1'), face('GwHeading2'), face('GwPageNumber')]).toEqual([
      '仿宋',
      '宋体',
      '黑体',
      '楷体',
      '宋体',
    ]);
  });

  it('lets one face be chosen explicitly and records the next face of its chain as the alternative', async () => {
    const custom = await build({ faces: { title: '华文中宋' } });
    expect(fontsOf(styleById(custom.styles, 'GwTitle'))['w:eastAsia']).toBe('华文中宋');
    expect(fontsOf(styleById(custom.styles, 'GwBody'))['w:eastAsia']).toBe('仿宋_GB2312');
    const entries = elements(custom.fontTable, 'w:font').map((f) => [attrs(f)['w:name'], attrsOf(f, 'w:altName')['w:val']]);
    expect(entries).toContainEqual(['华文中宋', '宋体']);
    expect(entries).toContainEqual(['仿宋_GB2312', '仿宋']);
    expect(entries).toContainEqual(['楷体_GB2312', '楷体']);
  });

  it('follows the line-spacing setting in the text and the grid', async () => {
    const wider = await build({ bodyLineSpacingPt: 29 });
    expect(attrsOf(wider.document, 'w:docGrid')['w:linePitch']).toBe('580');
    expect(attrsOf(pPr(styleById(wider.styles, 'GwBody')), 'w:spacing')['w:line']).toBe('580');
  });

  it('drops characters XML cannot hold and keeps the rest', async () => {
    const doc = sampleReport();
    doc.blocks[0] = { key: 'x', origin: 'edited', sources: [], kind: 'paragraph', runs: [{ text: 'A\u0001B\u000bC\ud800D & <E> “引号”' }] };
    const dirtyDoc = { ...doc, title: 'A&B<标题\u0007', signature: { unit: '单位\u001f', date: SAMPLE_DATE } };
    const docx = await buildReportDocx(dirtyDoc, DEFAULT_DOCX_SETTINGS);
    const dirty = await readDocxParts(docx);
    const core = (await JSZip.loadAsync(docx).then((z) => z.file('docProps/core.xml')?.async('string'))) ?? '';
    expect(core).toContain('<dc:title>A&amp;B&lt;标题</dc:title>');
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(dirty.document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udfff]/);
    const texts = paragraphs(dirty.document).map(textOf);
    expect(texts).toContain('ABCD & <E> “引号”');
    expect(texts[0]).toBe('A&B<标题');
    expect(texts).toContain('单位');
  });
});

describe('run-in level-2 headings', () => {
  it('set the heading in 楷体 through a character style, the text after it in the body face', async () => {
    const { buildReportDocx } = await import('../../electron/report/docx/write-report-docx');
    const { DEFAULT_DOCX_SETTINGS } = await import('../../shared/report/docx-settings');
    const JSZip = (await import('jszip')).default;
    const buffer = await buildReportDocx(
      {
        title: '测试单位2024年法治政府建设情况报告',
        blocks: [{ kind: 'paragraph', key: 'p1', origin: 'log', sources: [], runs: [{ text: '（一）加强组织领导。', runIn: 2 }, { text: '成立领导小组。' }] }],
        signature: { unit: '测试单位', date: '2025年1月20日' },
      },
      DEFAULT_DOCX_SETTINGS,
    );
    const zip = await JSZip.loadAsync(buffer);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    expect(documentXml).toMatch(/<w:rStyle w:val="GwRunIn2"\/>[\s\S]*?（一）加强组织领导。/);
    const bodyRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*成立领导小组。(?:(?!<\/w:r>)[\s\S])*<\/w:r>/.exec(documentXml)?.[0] ?? '';
    expect(bodyRun).toContain('成立领导小组');
    expect(bodyRun).not.toContain('GwRunIn2');
    expect(stylesXml).toMatch(/w:styleId="GwRunIn2"[\s\S]*?w:eastAsia="楷体_GB2312"/);
  });
});
