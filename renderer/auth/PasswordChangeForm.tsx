import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { HostSignedIn } from '../../shared/auth/host-state';
import { changeOwnPassword } from '../api/auth-routes';
import { isSessionProblemCode, reportSessionProblem } from '../api/session-lost';
import { applyFieldErrors } from '../forms/apply-field-errors';
import { toAppError } from '../forms/to-app-error';

interface Props {
  /** The rule of the unit's policy, in one sentence (password-rule-text.ts). */
  rule: string;
  onChanged(state: HostSignedIn): void;
  /** Beside the submit button: 取消 in the dialog, 退出登录 on the must-change screen. */
  extra?: ReactNode;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;
const LABELS = { currentPassword: '当前密码', newPassword: '新密码' };

/** Current password, the new one twice. The host checks the rule and the history and says what is wrong under the box. */
export function PasswordChangeForm({ rule, onChanged, extra }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const state = await changeOwnPassword(values.currentPassword, values.newPassword);
      form.resetFields();
      setBusy(false);
      onChanged(state);
    } catch (err) {
      setBusy(false);
      const error = toAppError(err);
      // A wrong current password may lock the account, which ends the session: the gate takes over.
      if (isSessionProblemCode(error.code)) {
        reportSessionProblem({ code: error.code, message: error.message });
        return;
      }
      if (error.fields && Object.keys(error.fields).some((f) => (FIELDS as readonly string[]).includes(f))) {
        applyFieldErrors(form, error, FIELDS, LABELS);
      } else {
        setFailure(error.message);
      }
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} onValuesChange={() => setFailure(null)}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        {rule}
      </Typography.Paragraph>
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请填写当前密码' }]}>
        <Input.Password autoComplete="current-password" autoFocus maxLength={128} />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: '请填写新密码' }]}>
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="再次输入新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再输入一次新密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致，请重新输入')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={failure} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          修改密码
        </Button>
        {extra}
      </Space>
    </Form>
  );
}
