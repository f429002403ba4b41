import { z } from 'zod';
import { uuid } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';

// 佐证材料: files attached to a ledger entry as evidence, typed by what inspectors look for
// (shared/domain/ledger.md, "Evidence kinds").

export const EVIDENCE_KINDS = ['通知/方案', '签到表', '照片', '纪要', '课件', '报道', '正式文件', '整改报告', '其他'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One line per kind for the picker, in the trade's wording. */
export const EVIDENCE_KIND_HINTS: Readonly<Record<EvidenceKind, string>> = {
  '通知/方案': '会议通知、活动方案、工作安排',
  签到表: '参会或参训人员签到表',
  照片: '现场照片（2—4张，横幅和日期清晰可见）',
  纪要: '会议记录、会议纪要',
  课件: '讲稿、课件、试卷或成绩',
  报道: '新闻稿、推文截图、宣传资料样本',
  正式文件: '印发的正式文件（PDF）',
  整改报告: '问题整改报告、整改台账',
  其他: '其他佐证材料',
};

export const ATTACHMENT_LIMITS = {
  /** One file, in bytes (200 MB). */
  maxFileBytes: 200 * 1024 * 1024,
  /** A stored file name, in characters, extension included. */
  fileName: 120,
  /** What a caller may send as a name before it is cleaned and shortened. */
  declaredName: 1000,
} as const;

export type FileTypeGroup = '图片' | 'PDF' | 'Word' | 'Excel' | 'PowerPoint' | 'OFD' | '文本' | '压缩包';

export interface AllowedFileType {
  group: FileTypeGroup;
  mime: string;
}

/** By extension (lower case, no dot). The leading bytes are checked too, in electron/attachments. */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, AllowedFileType>> = {
  jpg: { group: '图片', mime: 'image/jpeg' },
  jpeg: { group: '图片', mime: 'image/jpeg' },
  png: { group: '图片', mime: 'image/png' },
  gif: { group: '图片', mime: 'image/gif' },
  bmp: { group: '图片', mime: 'image/bmp' },
  webp: { group: '图片', mime: 'image/webp' },
  tif: { group: '图片', mime: 'image/tiff' },
  tiff: { group: '图片', mime: 'image/tiff' },
  pdf: { group: 'PDF', mime: 'application/pdf' },
  doc: { group: 'Word', mime: 'application/msword' },
  docx: { group: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  wps: { group: 'Word', mime: 'application/vnd.ms-works' },
  xls: { group: 'Excel', mime: 'application/vnd.ms-excel' },
  xlsx: { group: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  et: { group: 'Excel', mime: 'application/vnd.ms-excel' },
  // Also how a spreadsheet reaches the 台账 import: the same upload route stages it.
  csv: { group: 'Excel', mime: 'text/csv' },
  ppt: { group: 'PowerPoint', mime: 'application/vnd.ms-powerpoint' },
  pptx: { group: 'PowerPoint', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  ofd: { group: 'OFD', mime: 'application/ofd' },
  txt: { group: '文本', mime: 'text/plain' },
  zip: { group: '压缩包', mime: 'application/zip' },
};

/** "图片（jpg、jpeg、…）、PDF、…": the list users see when a type is refused. */
export function describeAllowedTypes(): string {
  const byGroup = new Map<FileTypeGroup, string[]>();
  for (const [ext, t] of Object.entries(ALLOWED_FILE_TYPES)) byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), ext]);
  return [...byGroup]
    .map(([group, exts]) => (exts.length === 1 && exts[0]!.toUpperCase() === group ? group : `${group}（${exts.join('、')}）`))
    .join('、');
}

/** For a file picker's accept attribute: ".jpg,.jpeg,…". */
export const ACCEPT_EXTENSIONS = Object.keys(ALLOWED_FILE_TYPES)
  .map((e) => `.${e}`)
  .join(',');

export interface Attachment {
  id: string;
  activityId: string;
  kind: EvidenceKind;
  /** The cleaned name the file had when added; the stored file is named by its content hash. */
  originalName: string;
  size: number;
  mime: string;
  sha256: string;
  addedAt: string;
  hasThumbnail: boolean;
}

/** What staging answers (HTTP /upload, or stageFile on the desktop); attachments.add takes stagedId. */
export interface StagedUpload {
  stagedId: string;
  sha256: string;
  size: number;
  /** The name after cleaning, to show and to pass on to attachments.add. */
  fileName: string;
  mime: string;
}

const kind = z.enum(EVIDENCE_KINDS);
// Names are cleaned (path parts, control characters, reserved names, length) by the backend, which
// can say exactly what was wrong with the file; here only an upper bound.
const fileName = z.string().max(ATTACHMENT_LIMITS.declaredName);

export const attachmentAddInput = z.object({ activityId: uuid, stagedId: uuid, kind, fileName }).strict();
export const attachmentListInput = z.object({ activityId: uuid }).strict();
export const attachmentIdInput = z.object({ id: uuid }).strict();
export const attachmentSetKindInput = z.object({ id: uuid, kind }).strict();
export const stagedIdInput = z.object({ stagedId: uuid }).strict();

export const ATTACHMENT_FIELD_LABELS: FieldLabels = {
  id: '附件编号',
  activityId: '活动编号',
  stagedId: '上传编号',
  kind: '材料类型',
  fileName: '文件名',
};
