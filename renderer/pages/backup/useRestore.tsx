import { App, Typography } from 'antd';
import { call } from '../../api/client';
import { CONFIRM_PHRASES } from '../../../shared/contract/confirmation';
import type { BackupEntry, BackupRestored } from '../../../shared/domain/backup';
import { toAppError } from '../../forms/to-app-error';
import { backupTime } from './backup-format';

/**
 * 恢复 with a confirmation that says what happens to the current data. `damaged`: the store cannot be
 * backed up first (recovery mode), so the dialog says where the damaged file was kept instead.
 * Clicking 恢复 is the confirmation the server asks for, so the request carries that word.
 */
export function useRestore(options: { folder: string; damagedCopy?: string; onDone(result: BackupRestored): void }) {
  const { modal, message } = App.useApp();
  return (backup: BackupEntry) => {
    modal.confirm({
      title: `恢复到 ${backupTime(backup.createdAt)} 的备份？`,
      width: 520,
      okText: CONFIRM_PHRASES['backup.restore'],
      cancelText: '取消',
      content: (
        <>
          <p>
            台账将回到这份备份时的样子（{backup.verified ? `${backup.entryCount} 条台账` : '条数未知'}），之后的新增和修改不会保留在恢复后的数据中。
          </p>
          {options.damagedCopy ? (
            <p>
              损坏的数据文件已另存在：
              <Typography.Text code>{options.damagedCopy}</Typography.Text>
            </p>
          ) : (
            <p>
              恢复前会先把当前数据备份一份（原因为“恢复前”），放在
              <Typography.Text code>{options.folder}</Typography.Text>
              中；如果恢复错了，再恢复那一份即可撤销。
            </p>
          )}
        </>
      ),
      onOk: async () => {
        try {
          const result = await call('backup.restore', { fileName: backup.fileName, confirm: CONFIRM_PHRASES['backup.restore'] });
          void message.success(`已恢复，现有 ${result.entries} 条台账。`);
          options.onDone(result);
        } catch (err) {
          void message.error(toAppError(err).message, 8);
          throw err;
        }
      },
    });
  };
}
