import { Alert, Button, Card, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import { AuthPolicyForm } from './AuthPolicyForm';
import { LockedYearsCard } from './LockedYearsCard';
import { SessionsCard } from './SessionsCard';
import { UsersCard } from './UsersCard';

/**
 * 用户管理 (局域网多人使用): the unit's accounts, who is connected now, and the password and sign-in
 * rules. The administrator's page; the host refuses every call of another role anyway.
 */
export function UsersPage() {
  // The unit's 科室 (单位信息) are offered when an account is given one.
  const unit = useOperation('unit.get', {});
  const policy = useOperation('auth.policy.get', {});
  const [sessionsChanged, setSessionsChanged] = useState(0);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <UsersCard departments={unit.data?.departments ?? []} policy={policy.data} onSessionsChanged={() => setSessionsChanged((n) => n + 1)} />
      <SessionsCard refreshKey={sessionsChanged} />
      <LockedYearsCard />
      <Card title="密码与登录规则" role="region" aria-label="密码与登录规则">
        {policy.error && !policy.data ? (
          <Alert type="error" showIcon title={policy.error.message} action={<Button onClick={policy.reload}>重试</Button>} />
        ) : policy.data ? (
          <AuthPolicyForm policy={policy.data} onSaved={policy.reload} />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </Flex>
  );
}
