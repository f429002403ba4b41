import type { TableColumnsType } from 'antd';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import type { ConnectedSession } from '../../../shared/domain/user-admin';
import { shortTime } from './user-format';

// Who is signed in, as the 用户管理 page and the 局域网共享 panel both list it.

export function sessionColumns(nameCell: (s: ConnectedSession) => ReactNode = (s) => s.displayName): TableColumnsType<ConnectedSession> {
  return [
    { key: 'name', title: '姓名', render: (_, s) => nameCell(s) },
    { key: 'username', title: '用户名', dataIndex: 'username' },
    { key: 'role', title: '角色', render: (_, s) => ROLE_NAMES[s.role] },
    { key: 'department', title: '科室', render: (_, s) => s.department || '—' },
    { key: 'ip', title: 'IP 地址', render: (_, s) => <Tooltip title={s.userAgent || undefined}>{s.ip || '—'}</Tooltip> },
    { key: 'signedIn', title: '登录时间', render: (_, s) => shortTime(s.signedInAt) },
    { key: 'lastSeen', title: '最近操作', render: (_, s) => shortTime(s.lastSeenAt) },
  ];
}
