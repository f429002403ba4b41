import { Alert, App, Button, Flex, Form, InputNumber, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { PasswordPolicy } from '../../../shared/auth/password-policy';
import { DEFAULT_PASSWORD_POLICY, passwordRule } from '../../../shared/auth/password-policy';
import { AUTH_POLICY_KEYS, AUTH_POLICY_LABELS, AUTH_POLICY_UNITS, authPolicyBounds } from '../../../shared/domain/user-admin';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';

type Key = keyof PasswordPolicy;

/** The rules in the order an administrator thinks of them, with what a 0 means where it means something. */
const GROUPS: readonly { title: string; keys: readonly Key[] }[] = [
  { title: '密码', keys: ['minLength', 'minClasses', 'historyCount', 'maxAgeDays', 'warnDays'] },
  { title: '登录失败', keys: ['maxFailures', 'lockMinutes'] },
  { title: '登录时长', keys: ['idleMinutes', 'idleWarnMinutes', 'sessionHours'] },
];

const HELP: Partial<Record<Key, string>> = {
  minClasses: '大写字母、小写字母、数字、符号四类中须包含几类',
  historyCount: '填 0 表示不限制',
  maxAgeDays: '到期后登录时须修改；填 0 表示永不过期',
  maxFailures: '连续输错这么多次后锁定账户',
  idleWarnMinutes: '在自动退出前这么多分钟提醒用户',
};

/** 密码与登录规则: 等保2.0 身份鉴别 as settings, with the bounds that keep a rule from being switched off. */
export function AuthPolicyForm({ policy, onSaved }: { policy: PasswordPolicy; onSaved: (policy: PasswordPolicy) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordPolicy>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [rule, setRule] = useState(passwordRule(policy));

  const save = async (values: PasswordPolicy) => {
    setProblem(undefined);
    setSaving(true);
    try {
      const saved = await call('auth.policy.update', values);
      form.setFieldsValue(saved);
      setRule(passwordRule(saved));
      onSaved(saved);
      void message.success('已保存密码与登录规则，新的规则立即生效');
    } catch (err) {
      const error = toAppError(err);
      setProblem(error.message);
      applyFieldErrors(form, error, AUTH_POLICY_KEYS, AUTH_POLICY_LABELS);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<PasswordPolicy> form={form} name="authPolicy" layout="horizontal" labelCol={{ flex: '220px' }} wrapperCol={{ flex: '1 1 0' }} initialValues={policy} onFinish={(v) => void save(v)}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">现在的密码要求：{rule}。修改后，已设的密码在下次修改时按新规则检查。</Typography.Paragraph>
      {GROUPS.map((group) => (
        <div key={group.title}>
          <Typography.Title level={5}>{group.title}</Typography.Title>
          {group.keys.map((key) => {
            const { min, max } = authPolicyBounds(key);
            const unit = AUTH_POLICY_UNITS[key];
            return (
              <Form.Item
                key={key}
                name={key}
                label={AUTH_POLICY_LABELS[key]}
                extra={`${HELP[key] ? `${HELP[key]}，` : ''}可填 ${min}—${max}${unit}，默认 ${DEFAULT_PASSWORD_POLICY[key]}${unit}`}
                rules={[{ required: true, message: `请填写${AUTH_POLICY_LABELS[key]}` }]}
              >
                <InputNumber min={min} max={max} precision={0} suffix={unit} style={{ width: 160 }} />
              </Form.Item>
            );
          })}
        </div>
      ))}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
        <Popconfirm title="恢复为默认规则？" description="恢复后需点“保存”才生效" okText="恢复默认" cancelText="取消" onConfirm={() => form.setFieldsValue(DEFAULT_PASSWORD_POLICY)}>
          <Button disabled={saving}>恢复默认</Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}
