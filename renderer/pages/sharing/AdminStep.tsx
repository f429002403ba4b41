import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { USER_ADMIN_LABELS } from '../../../shared/domain/user-admin';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';

// Step 1: the first 管理员. Without one nobody can manage accounts from another desk, and
// `fazhi serve` refuses to start. The person at the host types the password for themselves.

interface Values {
  username: string;
  displayName: string;
  password: string;
  repeat: string;
}

const FIELDS = ['username', 'displayName', 'password'] as const;

interface Props {
  admins: number;
  onCreated: () => void;
}

export function AdminStep({ admins, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  if (admins > 0) {
    return <Alert type="success" showIcon title={`已有管理员 ${admins} 名。其他用户可由管理员登录后在“用户管理”中添加。`} />;
  }

  const save = async (values: Values) => {
    setProblem(undefined);
    setSaving(true);
    try {
      await call('users.create', { username: values.username, displayName: values.displayName, role: 'admin', password: values.password });
      void message.success(`已创建管理员“${values.displayName.trim()}”`);
      form.resetFields();
      onCreated();
    } catch (err) {
      const error = toAppError(err);
      setProblem(error.message);
      applyFieldErrors(form, error, FIELDS, USER_ADMIN_LABELS);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        还没有管理员。请创建第一名管理员（一般为本单位负责信息化的同志），密码由本人输入并牢记；忘记时可在这台电脑上用 fazhi users reset 重置。也可以在这台电脑上运行 fazhi users add 用户名 --name 姓名 --role 管理员 创建。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="horizontal" labelCol={{ flex: '120px' }} wrapperCol={{ flex: 'auto' }} style={{ maxWidth: 520 }} onFinish={(v) => void save(v)}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]} extra="登录时使用，可用拼音或工号">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]} extra="至少8位，包含大写字母、小写字母、数字、符号中的3种">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label="再输一遍"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再输入一遍密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => (value === undefined || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={null}>
          <Button type="primary" htmlType="submit" loading={saving}>
            创建管理员
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
