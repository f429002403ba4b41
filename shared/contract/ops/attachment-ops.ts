import type { Attachment } from '../../domain/attachment';
import {
  ATTACHMENT_FIELD_LABELS,
  attachmentAddInput,
  attachmentIdInput,
  attachmentListInput,
  attachmentSetKindInput,
  stagedIdInput,
} from '../../domain/attachment';
import type { EvidenceGap } from '../../domain/evidence-rules';
import { EVIDENCE_FIELD_LABELS, evidenceGapsInput } from '../../domain/evidence-rules';
import { op } from '../operation-spec';

const labels = ATTACHMENT_FIELD_LABELS;

// The bytes themselves never travel through the registry: they are staged first (HTTP POST /upload in
// browser mode, stageFile() on the desktop), and attachments.add links the staged file to an entry.
export const attachmentOps = {
  'attachments.add': op<Attachment>()({ input: attachmentAddInput, labels, summary: '添加佐证材料' }),
  'attachments.list': op<Attachment[]>()({ input: attachmentListInput, labels, summary: '列出一条活动的佐证材料' }),
  'attachments.get': op<Attachment>()({ input: attachmentIdInput, labels, summary: '读取一份佐证材料' }),
  'attachments.setKind': op<Attachment>()({ input: attachmentSetKindInput, labels, summary: '修改佐证材料类型' }),
  /** Answers the attachment as it was before removal. */
  'attachments.open': op<{ opened: true }>()({ input: attachmentIdInput, labels, summary: '用本机程序打开佐证材料（桌面程序）' }),
  'attachments.remove': op<Attachment>()({ input: attachmentIdInput, labels, summary: '移除佐证材料' }),
  /** For a staged upload the user cancelled; staged files nobody claims are also cleaned after a day. */
  'attachments.discardStaged': op<{ discarded: boolean }>()({ input: stagedIdInput, labels, summary: '放弃已上传未添加的文件' }),
  'evidence.gaps': op<EvidenceGap[]>()({ input: evidenceGapsInput, labels: EVIDENCE_FIELD_LABELS, summary: '佐证材料完整性检查' }),
} as const;
