import { Alert, Button } from 'antd';
import type { HostSignedIn } from '../../shared/auth/host-state';
import { AuthCover } from './AuthCover';
import { PasswordChangeForm } from './PasswordChangeForm';
import { passwordRuleText } from './password-rule-text';

interface Props {
  state: HostSignedIn;
  onChanged(state: HostSignedIn): void;
  onSignOut(): void;
}

/** First sign-in with the password the administrator set, or an expired one: nothing else until it is changed. */
export function MustChangePasswordScreen({ state, onChanged, onSignOut }: Props) {
  const why = state.passwordStatus.expired
    ? '您的密码已过期，请设置新密码后继续使用。'
    : '这是管理员为您设置的初始密码（或刚被重置），为保护账户安全，请先设置只有您自己知道的新密码。';
  return (
    <AuthCover width={420}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`${state.user.displayName}，请修改密码`} description={why} />
      <PasswordChangeForm
        rule={passwordRuleText(state)}
        onChanged={onChanged}
        extra={
          <Button type="link" onClick={onSignOut}>
            退出登录
          </Button>
        }
      />
    </AuthCover>
  );
}
