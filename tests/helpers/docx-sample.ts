import type { ReportBlock, ReportDocument, ReportRun } from '../../shared/report/report-document';

// A report shaped like a real one (title, opening, 一、/（一）/1. levels, signature) and long enough
// for four pages. The opening paragraph alone runs from page 1 through page 2, so page 2 is pure
// body text: a full page must hold exactly 22 lines there.

const SENTENCES = [
  '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实法治政府建设实施纲要。',
  '严格落实重大行政决策程序规定，事前向相关单位和社会公众征求意见，提交法律顾问进行合法性审查。',
  '组织行政执法人员开展专题培训3次，参训人员120余人次，执法人员持证率达到100%。',
  '运用单位微信公众号、官方网站等平台，公示行政处罚信息、法治建设情况报告和举报投诉电话。',
  '按规定时限规范答复政府服务热线、来访和来电反映的问题，全年办理群众诉求38件，按时办结率100%。',
];

function prose(chars: number, offset = 0): string {
  let text = '';
  for (let i = offset; text.length < chars; i++) text += SENTENCES[i % SENTENCES.length];
  return text;
}

let seq = 0;
function base(): { key: string; origin: 'template'; sources: string[] } {
  seq += 1;
  return { key: `sample.${seq}`, origin: 'template', sources: [] };
}

function para(...runs: ReportRun[]): ReportBlock {
  return { ...base(), kind: 'paragraph', runs };
}

function level3(n: number, heading: string, text: string): ReportBlock {
  return para({ text: `${n}.${heading}。`, bold: true }, { text });
}

export const SAMPLE_UNIT = '柳州市莲花山保护中心';
export const SAMPLE_DATE = '2023年1月20日';
export const SAMPLE_TITLE = '柳州市莲花山保护中心2022年法治政府建设情况报告';

/** 1,400 characters ≈ 50 lines: the rest of page 1 (19 lines), all of page 2 (22) and part of page 3. */
export const OPENING_CHARS = 1400;

export function sampleReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  seq = 0;
  const blocks: ReportBlock[] = [
    para({ text: `2022年，${SAMPLE_UNIT}${prose(OPENING_CHARS)}现将2022年法治政府建设情况报告如下：` }),
    { ...base(), kind: 'heading1', number: '一、', text: '推进法治政府建设的主要举措和成效' },
    { ...base(), kind: 'heading2', number: '（一）', text: '深入学习贯彻习近平法治思想' },
    level3(1, '深入学习宣传贯彻党的二十大精神', prose(180, 1)),
    level3(2, '推进党的领导制度化法治化', prose(160, 2)),
    { ...base(), kind: 'heading2', number: '（二）', text: '依法全面履行管理职能' },
    level3(1, '建立制度保障科学决策', prose(220, 3)),
    level3(2, '严格落实公正文明执法', prose(200, 4)),
    { ...base(), kind: 'heading1', number: '二、', text: '存在问题和原因' },
    para({ text: `一是${prose(150, 2)}二是${prose(120, 0)}` }),
    { ...base(), kind: 'heading1', number: '三、', text: '2023年工作计划' },
    para({ text: `坚持依法行政，继续做好法治建设相关工作。一是${prose(260, 1)}` }),
  ];
  return { title: SAMPLE_TITLE, blocks, signature: { unit: SAMPLE_UNIT, date: SAMPLE_DATE }, ...overrides };
}
