import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../electron/report/docx/write-report-docx';
import { DEFAULT_DOCX_SETTINGS } from '../../shared/report/docx-settings';
import type { ReportBlock, ReportDocument, ReportRun } from '../../shared/report/report-document';
import { sampleReport } from '../helpers/docx-sample';

// The body is written from one library-made paragraph per shape (templated-body.ts). Whatever the
// report holds, every part of the file must be exactly what the docx library writes when it
// writes every paragraph itself.

/** Every part's text; the creation time in docProps/core.xml differs from one build to the next. */
async function partsOf(docx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.file(name)!.async('string');
    out[name] = name === 'docProps/core.xml' ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '') : text;
  }
  return out;
}

async function expectSameAsLibrary(doc: ReportDocument, settings = DEFAULT_DOCX_SETTINGS): Promise<void> {
  const [templated, library] = await Promise.all([buildReportDocx(doc, settings, 'templated'), buildReportDocx(doc, settings, 'library')]);
  expect(await partsOf(templated)).toEqual(await partsOf(library));
}

const base = (n: number) => ({ key: `k${n}`, origin: 'log' as const, sources: [] });

describe('templated body', () => {
  it('writes the sample report exactly as the library does, with and without a seal', async () => {
    await expectSameAsLibrary(sampleReport());
    await expectSameAsLibrary(sampleReport(), { ...DEFAULT_DOCX_SETTINGS, signatureWithSeal: true });
  });

  it('writes a report without body paragraphs, and one of a single paragraph', async () => {
    await expectSameAsLibrary(sampleReport({ blocks: [] }));
    await expectSameAsLibrary(sampleReport({ blocks: [{ ...base(1), kind: 'paragraph', runs: [{ text: '无。' }] }] }));
  });

  it('escapes and drops characters as the library does: markup, quotes, control characters, lone surrogates, private use', async () => {
    const nasty = 'A&B <c> "引" \'单\' \u0001\u000b\ud800 x\udc00 \ue000 0 \ue001 \ue0000\ue001 ]]> &amp;';
    await expectSameAsLibrary(
      sampleReport({
        blocks: [
          { ...base(1), kind: 'heading1', number: '一、', text: nasty },
          { ...base(2), kind: 'heading2', number: '（一）', text: '' },
          { ...base(3), kind: 'paragraph', runs: [{ text: `1.${nasty}。`, bold: true, runIn: 3 }, { text: nasty }] },
          { ...base(4), kind: 'paragraph', runs: [{ text: '\u0002' }, { text: '' }, { text: '（一）要点。', runIn: 2 }] },
          { ...base(5), kind: 'paragraph', runs: [] },
        ],
      }),
    );
  });

  it('matches the library for any mix of block kinds, run formats and texts', async () => {
    const text = fc.string({ unit: fc.constantFrom('法', '治', '。', '1', ' ', '&', '<', '"', "'", '\u0000', '\ud800', '\udc00', '\ue000', '\ue001', '0') , maxLength: 12 });
    const run: fc.Arbitrary<ReportRun> = fc.record({ text, bold: fc.option(fc.boolean(), { nil: undefined }), runIn: fc.option(fc.constantFrom(2 as const, 3 as const), { nil: undefined }) }, { requiredKeys: ['text'] });
    const block: fc.Arbitrary<ReportBlock> = fc.oneof(
      fc.record({ kind: fc.constant('heading1' as const), number: text, text }).map((b) => ({ ...base(0), ...b })),
      fc.record({ kind: fc.constant('heading2' as const), number: text, text }).map((b) => ({ ...base(0), ...b })),
      fc.record({ kind: fc.constant('paragraph' as const), runs: fc.array(run, { maxLength: 4 }) }).map((b) => ({ ...base(0), ...b })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 12 }), fc.boolean(), async (blocks, seal) => {
        await expectSameAsLibrary(sampleReport({ blocks }), { ...DEFAULT_DOCX_SETTINGS, signatureWithSeal: seal });
      }),
      { numRuns: 60 },
    );
  });
});
