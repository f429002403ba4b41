import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useHostSession } from './host-session';

/** 密码将于 N 天后到期: inside the policy's 提醒 window (passwordStatus.expiresInDays), until closed for this page. */
export function PasswordExpiryBanner() {
  const session = useHostSession();
  const [closed, setClosed] = useState(false);
  const days = session?.state.passwordStatus.expiresInDays ?? null;
  if (!session || closed || days === null || session.state.passwordStatus.expired) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      closable={{ onClose: () => setClosed(true), 'aria-label': '关闭提醒' }}
      title={`密码将于 ${days} 天后到期，到期后须修改密码才能继续使用。`}
      action={
        <Button size="small" type="link" onClick={session.openChangePassword}>
          现在修改
        </Button>
      }
    />
  );
}
