import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { call } from '../../api/client';
import type { ConnectedSession } from '../../../shared/domain/user-admin';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { sessionColumns } from './session-columns';

/** Often enough to see a colleague arrive or leave, rarely enough to cost the host nothing. */
const REFRESH_MS = 30_000;

/** 在线用户: who is signed in to the host now, and a forced logout for one connection. */
export function SessionsCard({ refreshKey }: { refreshKey: number }) {
  const { message } = App.useApp();
  const sessions = useOperation('sessions.list', {});
  const { reload } = sessions;

  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  const end = async (s: ConnectedSession) => {
    try {
      await call('sessions.end', { sessionId: s.sessionId });
      void message.success(`已让“${s.displayName}”（${s.ip || '未知地址'}）下线`);
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      reload();
    }
  };

  const list = sessions.data ?? [];
  return (
    <Card
      title={`在线用户${sessions.data ? `（${list.length}）` : ''}`}
      role="region"
      aria-label="在线用户"
      extra={
        <Button size="small" onClick={reload} loading={sessions.loading && !!sessions.data}>
          刷新
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">每30秒自动刷新。长时间没有操作的登录会按“密码与登录规则”自动退出。</Typography.Paragraph>
      {sessions.error && <Alert type="error" showIcon title={sessions.error.message} style={{ marginBottom: 16 }} />}
      <Table<ConnectedSession>
        rowKey="sessionId"
        size="small"
        loading={sessions.loading && !sessions.data}
        dataSource={list}
        pagination={false}
        locale={{ emptyText: '现在没有同事登录' }}
        columns={[
          ...sessionColumns((s) => (s.current ? <>{s.displayName} <Tag>本人</Tag></> : s.displayName)),
          {
            key: 'action',
            title: '操作',
            render: (_, s) =>
              s.current ? (
                <Typography.Text type="secondary">当前登录</Typography.Text>
              ) : (
                <Popconfirm title={`让“${s.displayName}”下线？`} description="对方需要重新登录，未保存的填写会丢失。" okText="强制下线" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => end(s)}>
                  <Button size="small" type="link" danger>
                    强制下线
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
