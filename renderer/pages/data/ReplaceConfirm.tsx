import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { CONFIRM_PHRASES } from '../../../shared/contract/confirmation';

interface Props {
  open: boolean;
  unitName: string;
  busy: boolean;
  /** With the text the user typed: the server checks it again. */
  onConfirm: (typed: string) => void;
  onCancel: () => void;
}

const WORD = CONFIRM_PHRASES['package.import'];

/**
 * Replacing the whole store is the one step here that removes data: the user types 替换 to go on,
 * and what they typed goes with the request, which the server refuses without it.
 */
export function ReplaceConfirm({ open, unitName, busy, onConfirm, onCancel }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      open={open}
      title="替换本机数据"
      okText="替换本机数据"
      okButtonProps={{ danger: true, disabled: typed.trim() !== WORD, loading: busy }}
      cancelText="取消"
      onOk={() => onConfirm(typed.trim())}
      onCancel={onCancel}
      afterClose={() => setTyped('')}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={`本机现有的全部台账、佐证材料记录、单位信息和年报草稿将被“${unitName || '数据包'}”的数据替换。`}
        description="只在迁移到新电脑时使用。替换前会自动备份本机数据；若要把下级单位或部门的台账汇总进来，请取消并选择“合并”。"
      />
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 8 }}>
        确认替换，请输入“{WORD}”：
      </Typography.Paragraph>
      <Input aria-label="确认替换" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={WORD} />
    </Modal>
  );
}
