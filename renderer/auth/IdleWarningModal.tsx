import { Button, Modal } from 'antd';
import { COVER_Z_INDEX } from './AuthCover';
import { countdownText } from './idle-clock';

interface Props {
  remainingMs: number;
  onContinue(): void;
  onSignOut(): void;
}

/** Shown the policy's 自动退出前提醒 minutes before the host ends an idle session. */
export function IdleWarningModal({ remainingMs, onContinue, onSignOut }: Props) {
  return (
    <Modal
      open
      title="即将自动退出登录"
      closable={false}
      maskClosable={false}
      keyboard={false}
      // Above the password screen too: its session runs out the same way.
      zIndex={COVER_Z_INDEX + 10}
      footer={[
        <Button key="out" onClick={onSignOut}>
          退出登录
        </Button>,
        <Button key="on" type="primary" onClick={onContinue} autoFocus>
          继续使用
        </Button>,
      ]}
    >
      长时间没有操作，将在 {countdownText(remainingMs)}后自动退出登录。
    </Modal>
  );
}
