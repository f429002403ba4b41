import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { REVIEW_LIMITS } from '../../../shared/domain/review';

interface Props {
  open: boolean;
  /** The entry's title, so the 审核员 sees which one they are sending back. */
  title: string;
  busy: boolean;
  onCancel: () => void;
  onReturn: (reason: string) => void;
}

/** 退回 must say why (the host refuses one without), so the 录入员 knows what to change. */
export function ReturnReasonModal({ open, title, busy, onCancel, onReturn }: Props) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Modal
      open={open}
      title="退回台账"
      okText="退回"
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="取消"
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setTried(false);
      }}
      onCancel={onCancel}
      onOk={() => {
        setTried(true);
        if (!missing) onReturn(reason.trim());
      }}
    >
      <Typography.Paragraph>
        把“{title}”退回给录入人修改。请写明退回原因，录入人会在台账中看到。
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="退回原因"
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={REVIEW_LIMITS.reason}
        showCount
        autoSize={{ minRows: 3, maxRows: 6 }}
        placeholder="例如：内容摘要缺少参加人数，请补充后重新提交"
        status={tried && missing ? 'error' : undefined}
      />
      {tried && missing && <Typography.Text type="danger">请填写退回原因</Typography.Text>}
    </Modal>
  );
}
