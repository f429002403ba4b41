import { Alert, AutoComplete, Form, Input, Modal, Radio } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { DEPARTMENT_MAX, DISPLAY_NAME_MAX, USERNAME_MAX, departmentProblem, displayNameProblem, usernameProblem } from '../../../shared/auth/account-fields';
import type { PasswordPolicy } from '../../../shared/auth/password-policy';
import { passwordProblem, passwordRule } from '../../../shared/auth/password-policy';
import type { Role } from '../../../shared/auth/roles';
import { ROLE_DUTIES } from '../../../shared/auth/roles';
import type { UserCreated, UserListItem } from '../../../shared/domain/user-admin';
import { USER_ADMIN_LABELS } from '../../../shared/domain/user-admin';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { RoleSelect } from './RoleSelect';

/** 新建用户, or 修改 of one account. */
export type UserFormTarget = { kind: 'create' } | { kind: 'edit'; user: UserListItem };

interface Props {
  target: UserFormTarget | null;
  /** The unit's 科室 (单位信息), offered as suggestions; another name may still be typed. */
  departments: readonly string[];
  /** For checking a password as it is typed; the host checks it again. */
  policy: PasswordPolicy | undefined;
  onClose: () => void;
  onCreated: (created: UserCreated) => void;
  onUpdated: (user: UserListItem) => void;
}

interface Values {
  username: string;
  displayName: string;
  role: Role;
  department?: string;
  passwordMode: 'generate' | 'set';
  password?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'department', 'password'] as const;

/**
 * The same checks the host makes (shared/auth/account-fields.ts, password-policy.ts), so most
 * mistakes are caught before sending. Names are trimmed as the host trims them; a password is not.
 */
function problemRule(problem: (value: string) => string | null, trim = true): RuleObject {
  return {
    validator: (_, value: unknown) => {
      const text = typeof value === 'string' ? value : '';
      const found = problem(trim ? text.trim() : text);
      return found === null ? Promise.resolve() : Promise.reject(new Error(found));
    },
  };
}

export function UserFormModal({ target, departments, policy, onClose, onCreated, onUpdated }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const role = Form.useWatch('role', form);
  const passwordMode = Form.useWatch('passwordMode', form);
  const username = Form.useWatch('username', form) ?? '';
  const editing = target?.kind === 'edit' ? target.user : null;

  // The form is built afresh each time the dialog opens (destroyOnHidden), from these values.
  useEffect(() => setProblem(undefined), [target]);
  const initialValues: Partial<Values> = editing
    ? { username: editing.username, displayName: editing.displayName, role: editing.role, department: editing.department }
    : { passwordMode: 'generate' };

  async function save() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      const department = (values.department ?? '').trim();
      if (editing) {
        onUpdated(await call('users.update', { id: editing.id, displayName: values.displayName.trim(), role: values.role, department }));
      } else {
        const created = await call('users.create', {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          role: values.role,
          department,
          ...(values.passwordMode === 'set' && values.password ? { password: values.password } : {}),
        });
        onCreated(created);
      }
    } catch (err) {
      const error = toAppError(err);
      setProblem(error.message);
      applyFieldErrors(form, error, FIELDS, USER_ADMIN_LABELS);
    } finally {
      setSaving(false);
    }
  }

  const deptOptions = departments.map((d) => ({ value: d }));
  return (
    <Modal
      open={target !== null}
      title={editing ? `修改用户“${editing.displayName}”` : '新建用户'}
      okText={editing ? '保存' : '新建'}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void save()}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Form.Item name="username" label="用户名" extra={editing ? '用户名用于登录，建立后不能修改' : '用于登录：字母、数字、汉字或 _ - .，例如拼音或工号'} rules={editing ? [] : [problemRule(usernameProblem)]}>
          <Input disabled={!!editing} maxLength={USERNAME_MAX} autoComplete="off" autoFocus={!editing} />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[problemRule(displayNameProblem)]}>
          <Input maxLength={DISPLAY_NAME_MAX} autoComplete="off" autoFocus={!!editing} />
        </Form.Item>
        <Form.Item name="role" label="角色" extra={role ? ROLE_DUTIES[role] : '录入员只能录入本科室的台账；审核员一般为法制科'} rules={[{ required: true, message: '请选择角色' }]}>
          <RoleSelect />
        </Form.Item>
        <Form.Item
          name="department"
          label="科室"
          dependencies={['role']}
          extra={role === 'entry' ? '录入员只能查看和录入这个科室的台账' : '可不填'}
          rules={[({ getFieldValue }) => problemRule((v) => departmentProblem(v, (getFieldValue('role') as Role | undefined) ?? 'reviewer'))]}
        >
          <AutoComplete options={deptOptions} maxLength={DEPARTMENT_MAX} placeholder={departments.length ? '选择或输入科室' : '输入科室名称'} filterOption={(input, option) => (option?.value ?? '').includes(input)} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="passwordMode" label="初始密码">
              <Radio.Group
                options={[
                  { value: 'generate', label: '自动生成临时密码（推荐）' },
                  { value: 'set', label: '由我设置' },
                ]}
              />
            </Form.Item>
            {passwordMode === 'set' && (
              <Form.Item
                name="password"
                label="密码"
                dependencies={['username']}
                extra={policy ? `${passwordRule(policy)}。用户首次登录时须修改。` : '用户首次登录时须修改。'}
                rules={[problemRule((v) => (policy ? passwordProblem(v, policy, { username: username.trim() }) : v ? null : '请输入密码'), false)]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
