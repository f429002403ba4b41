import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { ROLE_NAMES } from '../../shared/auth/roles';
import { useHostSession } from './host-session';

/** The header's corner on the host: who is signed in (姓名 · 角色 · 科室), 修改密码 and 退出登录. Nothing in the local modes. */
export function UserMenu() {
  const session = useHostSession();
  if (!session) return null;
  const { user } = session.state;
  const who = [user.displayName, ROLE_NAMES[user.role], user.department].filter((part) => part).join(' · ');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', label: '修改密码' },
          { key: 'out', label: '退出登录' },
        ],
        onClick: ({ key }) => (key === 'password' ? session.openChangePassword() : session.signOut()),
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={`当前用户：${who}`}>
        {who} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
