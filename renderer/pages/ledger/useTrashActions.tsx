import { App, Button } from 'antd';
import { useCallback } from 'react';
import { call } from '../../api/client';
import { CONFIRM_PHRASES } from '../../../shared/contract/confirmation';
import type { Activity } from '../../../shared/domain/activity';
import { toAppError } from '../../forms/to-app-error';

const undoKey = (a: Activity) => `deleted-${a.id}`;

/**
 * Deleting only moves a row to the trash, so it needs no confirmation dialog: the message offers
 * 撤销 for a few seconds instead, which is quicker for the common slip of clicking the wrong row.
 */
export function useTrashActions(afterChange: () => void) {
  const { message, modal } = App.useApp();

  const restore = useCallback(
    async (a: Activity) => {
      message.destroy(undoKey(a));
      try {
        await call('activities.restore', { id: a.id });
        void message.success(`已恢复“${a.title}”`);
      } catch (err) {
        void message.error(toAppError(err).message);
      }
      afterChange();
    },
    [afterChange, message],
  );

  const remove = useCallback(
    async (a: Activity) => {
      try {
        await call('activities.delete', { id: a.id });
      } catch (err) {
        void message.error(toAppError(err).message);
        return;
      }
      void message.success({
        key: undoKey(a),
        duration: 8,
        content: (
          <span>
            “{a.title}”已移入回收站
            <Button type="link" size="small" onClick={() => void restore(a)} aria-label={`撤销删除“${a.title}”`}>
              撤销
            </Button>
          </span>
        ),
      });
      afterChange();
    },
    [afterChange, message, restore],
  );

  /** Called from the row's 彻底删除 confirmation; the word on its button is what the server checks. */
  const purge = useCallback(
    async (a: Activity) => {
      try {
        await call('activities.purge', { id: a.id, confirm: CONFIRM_PHRASES['activities.purge'] });
        void message.success(`已彻底删除“${a.title}”`);
      } catch (err) {
        void message.error(toAppError(err).message);
      }
      afterChange();
    },
    [afterChange, message],
  );

  /** The count is the one the person sees; the server empties whatever the trash holds. */
  const emptyTrash = useCallback(
    (count: number) => {
      void modal.confirm({
        title: '清空回收站？',
        content: `回收站中的 ${count} 条记录及其佐证材料将被彻底删除，不能恢复。`,
        okText: CONFIRM_PHRASES['activities.trash.empty'],
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          try {
            const { count: removed } = await call('activities.trash.empty', { confirm: CONFIRM_PHRASES['activities.trash.empty'] });
            void message.success(`已清空回收站（${removed}条）`);
          } catch (err) {
            void message.error(toAppError(err).message);
          }
          afterChange();
        },
      });
    },
    [afterChange, message, modal],
  );

  return { remove, restore, purge, emptyTrash };
}
