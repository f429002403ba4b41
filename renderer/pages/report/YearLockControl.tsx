import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useSignedInUser } from '../../auth/signed-in-user';
import { REVIEW_LIMITS } from '../../../shared/domain/review';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { localTime } from '../ledger/history/history-text';
import { LOCK_WARNING, yearLockActions } from '../review/year-lock-access';

interface Props {
  year: number;
  /** After a lock or unlock (a list of locks elsewhere on the page reloads). */
  onChanged?: () => void;
}

/**
 * 年度锁定: once the report is filed, the year's entries are frozen so the filed report and the
 * 台账 cannot drift apart. Locking is the 审核员's; unlocking only the 管理员's, with a reason.
 */
export function YearLockControl({ year, onChanged }: Props) {
  const { message, modal } = App.useApp();
  const user = useSignedInUser();
  const locks = useOperation('years.locks', {});
  const [unlocking, setUnlocking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { canLock, canUnlock } = yearLockActions(user);
  // Until the locks are known, say nothing rather than offer a lock that may already be there.
  if (!locks.data) return null;
  const lock = locks.data.find((l) => l.year === year);

  const lockYear = () =>
    modal.confirm({
      title: `锁定${year}年度？`,
      content: LOCK_WARNING,
      okText: '锁定',
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('years.lock', { year });
          void message.success(`${year}年度已锁定`);
          locks.reload();
          onChanged?.();
        } catch (err) {
          void message.error(toAppError(err).message);
        }
      },
    });

  const unlock = async () => {
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await call('years.unlock', { year, reason: reason.trim() });
      void message.success(`${year}年度已解除锁定`);
      setUnlocking(false);
      setReason('');
      locks.reload();
      onChanged?.();
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setBusy(false);
    }
  };

  if (!lock) {
    return canLock ? (
      <Button icon={<LockOutlined />} onClick={lockYear}>
        报告已报送，锁定本年度
      </Button>
    ) : null;
  }
  const who = `${lock.lockedBy}于${localTime(lock.lockedAt)}锁定${lock.note ? `：${lock.note}` : ''}`;
  return (
    <>
      <Tooltip title={`${who}。本年度的台账不能再修改。`}>
        <Tag icon={<LockOutlined />} color="gold">
          已锁定
        </Tag>
      </Tooltip>
      {canUnlock && (
        <Button icon={<UnlockOutlined />} onClick={() => setUnlocking(true)}>
          解除锁定
        </Button>
      )}
      <Modal
        open={unlocking}
        title={`解除${year}年度的锁定`}
        okText="解除锁定"
        okButtonProps={{ danger: true, loading: busy, disabled: !reason.trim() }}
        cancelText="取消"
        onCancel={() => setUnlocking(false)}
        onOk={() => void unlock()}
      >
        <Typography.Paragraph>解除后本年度的台账又可以修改，已报送的报告可能与台账不再一致。请写明原因，原因会记入审计日志。</Typography.Paragraph>
        <Input.TextArea
          aria-label="解除锁定的原因"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={REVIEW_LIMITS.reason}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder="例如：上级要求补报12月的执法数据"
        />
      </Modal>
    </>
  );
}
