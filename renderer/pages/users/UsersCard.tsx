import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useSignedInUser } from '../../auth/signed-in-user';
import type { PasswordPolicy } from '../../../shared/auth/password-policy';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import type { UserListItem } from '../../../shared/domain/user-admin';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import type { ShownPassword } from './TemporaryPasswordModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import type { UserFormTarget } from './UserFormModal';
import { UserFormModal } from './UserFormModal';
import { STATE_COLORS, shortTime } from './user-format';

interface Props {
  departments: readonly string[];
  policy: PasswordPolicy | undefined;
  /** Something changed that ends sessions (reset, disable): 在线用户 should show it at once. */
  onSessionsChanged: () => void;
}

function who(u: UserListItem): string {
  return `“${u.displayName}”（${u.username}）`;
}

export function UsersCard({ departments, policy, onSessionsChanged }: Props) {
  const { message, modal } = App.useApp();
  const me = useSignedInUser();
  const users = useOperation('users.list', {});
  const [form, setForm] = useState<UserFormTarget | null>(null);
  const [shown, setShown] = useState<ShownPassword | null>(null);
  const [busy, setBusy] = useState<string>();

  const isMe = (u: UserListItem) => me !== null && me.username.toLowerCase() === u.username.toLowerCase();

  async function act(u: UserListItem, work: () => Promise<unknown>, done: string) {
    setBusy(u.id);
    try {
      await work();
      void message.success(done);
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setBusy(undefined);
      users.reload();
    }
  }

  const reset = (u: UserListItem) =>
    modal.confirm({
      title: `重置${who(u)}的密码？`,
      content: `将生成一个新的临时密码，${u.displayName}已登录的电脑会立即退出；下次登录须修改密码。${u.state === 'locked' ? '账户的锁定也会同时解除。' : ''}`,
      okText: '重置密码',
      cancelText: '取消',
      onOk: () =>
        act(
          u,
          async () => {
            const result = await call('users.resetPassword', { id: u.id });
            onSessionsChanged();
            if (result.temporaryPassword) setShown({ who: who(u), kind: '新密码', password: result.temporaryPassword });
          },
          `已重置${who(u)}的密码`,
        ),
    });

  const disable = (u: UserListItem) =>
    modal.confirm({
      title: `停用${who(u)}？`,
      content: `停用后不能再登录，已登录的电脑会立即退出${isMe(u) ? '（包括您自己这台）' : ''}。已录入的台账不受影响，需要时可以再启用。`,
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        act(
          u,
          async () => {
            await call('users.disable', { id: u.id });
            onSessionsChanged();
          },
          `已停用${who(u)}`,
        ),
    });

  const list = users.data ?? [];
  return (
    <Card
      title="用户"
      role="region"
      aria-label="用户"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ kind: 'create' })}>
          新建用户
        </Button>
      }
    >
      {users.error && <Alert type="error" showIcon title={users.error.message} action={<Button onClick={users.reload}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<UserListItem>
        rowKey="id"
        size="middle"
        loading={users.loading && !users.data}
        dataSource={list}
        pagination={list.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: '还没有用户。点击“新建用户”添加第一名管理员。' }}
        columns={[
          { key: 'username', title: '用户名', dataIndex: 'username', width: 140 },
          { key: 'displayName', title: '姓名', width: 120, render: (_, u) => (isMe(u) ? <>{u.displayName} <Tag>本人</Tag></> : u.displayName) },
          { key: 'role', title: '角色', width: 90, render: (_, u) => ROLE_NAMES[u.role] },
          { key: 'department', title: '科室', width: 120, render: (_, u) => u.department || '—' },
          { key: 'state', title: '状态', width: 150, render: (_, u) => <Tag color={STATE_COLORS[u.state]}>{u.stateText}</Tag> },
          { key: 'lastLogin', title: '最近登录', width: 150, render: (_, u) => <Typography.Text type="secondary">{shortTime(u.lastLoginAt)}</Typography.Text> },
          {
            key: 'action',
            title: '操作',
            render: (_, u) => (
              <Flex gap={4} wrap>
                <Button size="small" type="link" disabled={busy === u.id} onClick={() => setForm({ kind: 'edit', user: u })}>
                  修改
                </Button>
                <Button size="small" type="link" disabled={busy === u.id} onClick={() => reset(u)}>
                  重置密码
                </Button>
                {u.state === 'locked' && (
                  <Button size="small" type="link" disabled={busy === u.id} onClick={() => void act(u, () => call('users.unlock', { id: u.id }), `已解除${who(u)}的锁定`)}>
                    解锁
                  </Button>
                )}
                {u.disabledAt === null ? (
                  <Button size="small" type="link" danger disabled={busy === u.id} onClick={() => disable(u)}>
                    停用
                  </Button>
                ) : (
                  <Button size="small" type="link" disabled={busy === u.id} onClick={() => void act(u, () => call('users.enable', { id: u.id }), `已启用${who(u)}`)}>
                    启用
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <UserFormModal
        target={form}
        departments={departments}
        policy={policy}
        onClose={() => setForm(null)}
        onCreated={({ user, temporaryPassword }) => {
          setForm(null);
          users.reload();
          void message.success(`已新建用户${who(user)}`);
          if (temporaryPassword) setShown({ who: who(user), kind: '初始密码', password: temporaryPassword });
        }}
        onUpdated={(user) => {
          setForm(null);
          users.reload();
          void message.success(`已保存${who(user)}`);
        }}
      />
      <TemporaryPasswordModal shown={shown} onClose={() => setShown(null)} />
    </Card>
  );
}
