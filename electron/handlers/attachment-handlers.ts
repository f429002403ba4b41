import { AppError } from '../../shared/errors';
import { findEvidenceGaps } from '../../shared/domain/evidence-rules';
import { addAttachment } from '../attachments/add-attachment';
import { mustGetAttachment, toAttachment } from '../attachments/load-attachment';
import { openAttachment } from '../attachments/open-attachment';
import { removeAttachment } from '../attachments/remove-attachment';
import { discardStaged } from '../attachments/staging-cleanup';
import { getActivity } from '../store/activity-store';
import { listAttachments, listEvidenceCandidates, setAttachmentKind } from '../store/attachment-store';
import { getCategory } from '../store/category-store';
import type { HandlerGroup } from './handler-types';

export const attachmentHandlers: HandlerGroup<
  | 'attachments.add'
  | 'attachments.list'
  | 'attachments.get'
  | 'attachments.setKind'
  | 'attachments.remove'
  | 'attachments.open'
  | 'attachments.discardStaged'
  | 'evidence.gaps'
> = {
  'attachments.add': (ctx, input) => addAttachment(ctx, input),

  'attachments.list': (ctx, { activityId }) => {
    if (!getActivity(ctx.db, activityId)) throw new AppError('not_found', `找不到这条活动（编号 ${activityId}），可能已被彻底删除。`);
    return listAttachments(ctx.db, activityId).map((r) => toAttachment(ctx, r));
  },

  'attachments.get': (ctx, { id }) => toAttachment(ctx, mustGetAttachment(ctx, id)),

  'attachments.open': (ctx, { id }) => openAttachment(ctx, id),

  'attachments.setKind': (ctx, { id, kind }) => {
    mustGetAttachment(ctx, id);
    setAttachmentKind(ctx.db, id, kind);
    return toAttachment(ctx, mustGetAttachment(ctx, id));
  },

  'attachments.remove': (ctx, { id }) => removeAttachment(ctx, id),

  'attachments.discardStaged': (ctx, { stagedId }) => ({ discarded: discardStaged(ctx.dataDir, stagedId) }),

  'evidence.gaps': (ctx, { year, categoryId }) => {
    if (categoryId !== undefined && !getCategory(ctx.db, categoryId)) {
      throw new AppError('invalid_input', `类别不存在（编号 ${categoryId}），请重新选择类别。`, { categoryId: '类别：不存在' });
    }
    return findEvidenceGaps(listEvidenceCandidates(ctx.db, year, categoryId));
  },
};
