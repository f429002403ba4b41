import type { ReportStats } from '../domain/report-draft';
import { HANZI_SOFT_LIMIT } from '../domain/report-draft';
import type { ReportDocument } from './report-document';
import { blockText } from './report-document';
import { countHanzi } from './text/hanzi';

/** 汉字 in the title, body and signature; real reports run 2,300–6,500, so above 8,000 is worth a word. */
export function reportStats(doc: ReportDocument): ReportStats {
  const text = [doc.title, ...doc.blocks.map(blockText), doc.signature.unit, doc.signature.date].join('');
  const hanzi = countHanzi(text);
  return { hanzi, overLimit: hanzi > HANZI_SOFT_LIMIT };
}
