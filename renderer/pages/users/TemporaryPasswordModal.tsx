import { Alert, Modal, Typography } from 'antd';

export interface ShownPassword {
  /** Whose it is, e.g. “张三”（zhangsan）. */
  who: string;
  /** 初始密码 after 新建用户, 新密码 after 重置密码. */
  kind: '初始密码' | '新密码';
  password: string;
}

/**
 * The one time a temporary password is shown: the host keeps only its hash, so once this closes
 * nobody can read it again (a lost one is simply reset).
 */
export function TemporaryPasswordModal({ shown, onClose }: { shown: ShownPassword | null; onClose: () => void }) {
  return (
    <Modal open={shown !== null} title={`${shown?.who ?? ''}的${shown?.kind ?? ''}`} okText="我已记下" onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false} destroyOnHidden>
      <Alert type="warning" showIcon title="请当面告知本人，首次登录须修改" description="这个密码只显示这一次，关闭后无法再查看；忘记了可以再次重置。" style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: shown?.password ?? '', tooltips: ['复制', '已复制'] }}
        code
        style={{ fontSize: 20, letterSpacing: 1, textAlign: 'center' }}
        aria-label={shown?.kind}
      >
        {shown?.password}
      </Typography.Paragraph>
    </Modal>
  );
}
