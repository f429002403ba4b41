import type { ConfirmedOperation } from '../../shared/contract/confirmation';
import { CONFIRM_PHRASES } from '../../shared/contract/confirmation';
import { AppError } from '../../shared/errors';

/**
 * The one check of a destructive operation's confirmation, called by its handler before it changes
 * anything, so a refusal leaves the data as it was. `consequence` says in the user's words what would
 * be lost ("清空回收站会彻底删除其中的 3 条记录"); the message then says what to type.
 */
export function requireConfirmation(operation: ConfirmedOperation, given: string | undefined, consequence: string): void {
  const phrase = CONFIRM_PHRASES[operation];
  if (given === phrase) return;
  const wrong = given ? `确认文字“${given}”不对。` : '';
  throw new AppError('confirm_required', `${consequence}，需要确认。${wrong}确认请输入“${phrase}”后再操作。`, { confirm: `请输入“${phrase}”` });
}
