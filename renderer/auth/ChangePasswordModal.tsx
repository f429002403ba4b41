import { App, Button, Modal } from 'antd';
import type { HostSignedIn } from '../../shared/auth/host-state';
import { PasswordChangeForm } from './PasswordChangeForm';
import { passwordRuleText } from './password-rule-text';

interface Props {
  open: boolean;
  state: HostSignedIn;
  onChanged(state: HostSignedIn): void;
  onClose(): void;
}

/** 修改密码 from the header's menu: the same form as at first sign-in; the session goes on afterwards. */
export function ChangePasswordModal({ open, state, onChanged, onClose }: Props) {
  const { message } = App.useApp();
  return (
    <Modal open={open} title="修改密码" footer={null} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <PasswordChangeForm
        rule={passwordRuleText(state)}
        onChanged={(next) => {
          onChanged(next);
          onClose();
          void message.success('密码已修改，下次登录请使用新密码');
        }}
        extra={<Button onClick={onClose}>取消</Button>}
      />
    </Modal>
  );
}
