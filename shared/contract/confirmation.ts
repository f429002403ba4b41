import { z } from 'zod';
import type { FieldLabels } from '../validation/format-issues';

// Operations that destroy data the user cannot get back in one click take a confirmation that the
// handler checks, so a script, another local process or a future LAN client cannot drive them
// without saying so. The confirmation is the text the page asks for (or states on its button):
// the same on every transport, with no server state to expire, and the CLI sends it on --yes.

/** What `confirm` must equal, per operation. `package.import` asks for it only when replacing. */
export const CONFIRM_PHRASES = {
  'package.import': '替换',
  'backup.restore': '恢复',
  'backup.settings.update': '删除备份',
  'activities.trash.empty': '清空回收站',
  'activities.purge': '彻底删除',
} as const;

export type ConfirmedOperation = keyof typeof CONFIRM_PHRASES;

/**
 * The shape only; whether it is the right text (and whether it is needed at all, for a retention
 * change that deletes nothing) is the handler's check, `requireConfirmation`.
 */
export const confirmField = z.string().trim().max(20).optional();

export const CONFIRM_LABELS: FieldLabels = { confirm: '确认文字' };
