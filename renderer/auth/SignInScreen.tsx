import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { HostSignedIn } from '../../shared/auth/host-state';
import { signIn } from '../api/auth-routes';
import { NOT_SAVED_NOTE } from '../api/session-lost';
import { toAppError } from '../forms/to-app-error';
import { AuthCover } from './AuthCover';

interface Props {
  /** Why the last session ended, in the host's words. */
  reason: string | undefined;
  /** A call was refused because the session had ended. */
  unsaved: boolean;
  /** The user whose page is kept underneath, so they only type their password. */
  lastUsername: string | undefined;
  onSignedIn(state: HostSignedIn): void;
}

interface Values {
  username: string;
  password: string;
}

/** Host mode, nobody signed in. A plain form: Enter in either box signs in (antd submits the form). */
export function SignInScreen({ reason, unsaved, lastUsername, onSignedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      onSignedIn(await signIn(values.username.trim(), values.password));
    } catch (err) {
      // The host's own words: wrong password with the tries left, locked until …, disabled.
      setFailure(toAppError(err).message);
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <AuthCover>
      {reason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={reason}
          description={unsaved ? `${NOT_SAVED_NOTE}：用同一账户登录后，页面上已填写的内容还在。` : undefined}
        />
      )}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ username: lastUsername ?? '', password: '' }}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
          <Input autoComplete="username" autoFocus={!lastUsername} maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus={Boolean(lastUsername)} maxLength={128} />
        </Form.Item>
        {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failure} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          登录
        </Button>
      </Form>
      <div style={{ marginTop: 16, color: '#888', fontSize: 12 }}>忘记密码或账户被锁定，请联系本单位的管理员。</div>
    </AuthCover>
  );
}
