import type { EvidenceKind } from '../../../../shared/domain/attachment';
import { ALLOWED_FILE_TYPES } from '../../../../shared/domain/attachment';

// People name their files the way they think of them (签到表.jpg, 会议纪要.docx, 方案.pdf), so the
// name says more than the type: a photographed sign-in sheet is a 签到表, not a 照片. The guess is
// only a default; each file's kind can be changed in the list.

const BY_NAME: readonly [RegExp, EvidenceKind][] = [
  [/签到|签名表|花名册/, '签到表'],
  [/纪要|会议记录|记录表/, '纪要'],
  [/整改/, '整改报告'],
  [/方案|通知|安排|计划|邀请函/, '通知/方案'],
  [/课件|讲稿|讲义|试卷|试题|成绩/, '课件'],
  [/报道|新闻|简报|推文|信息稿|宣传稿/, '报道'],
];

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function guessKind(fileName: string): EvidenceKind {
  const found = BY_NAME.find(([pattern]) => pattern.test(fileName));
  if (found) return found[1];
  const ext = extension(fileName);
  const group = ALLOWED_FILE_TYPES[ext]?.group;
  if (group === '图片') return '照片';
  if (group === 'PowerPoint') return '课件';
  // An issued document is usually a PDF named after its title or number (…〔2025〕12号, …文件).
  if (group === 'PDF' && /[文号〔]/.test(fileName)) return '正式文件';
  return '其他';
}
