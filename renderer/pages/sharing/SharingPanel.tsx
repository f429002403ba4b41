import { WifiOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { SharingStatus } from '../../../shared/domain/sharing';
import type { ConnectedSession } from '../../../shared/domain/user-admin';
import { call } from '../../api/client';
import { toAppError } from '../../forms/to-app-error';
import { sessionColumns } from '../users/session-columns';
import { announceSharing } from './sharing-events';

// 局域网共享已开启: the whole page on the host's own screen while sharing runs. The addresses to tell
// colleagues, this machine's own sign-in address, who is connected, and 停止共享.

/** Often enough to see a colleague arrive; the call only reads the store. */
const REFRESH_MS = 10_000;

const COPY_TIPS: [string, string] = ['复制', '已复制'];

export function SharingPanel({ initial }: { initial: SharingStatus }) {
  const { modal, message } = App.useApp();
  const [status, setStatus] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const [stopping, setStopping] = useState(false);

  const refresh = useCallback(() => {
    call('sharing.status', {}).then(
      (s) => {
        setProblem(undefined);
        if (s.running) setStatus(s);
        // Stopped elsewhere (another tab of this machine): back to the app.
        else announceSharing(s);
      },
      (err: unknown) => setProblem(toAppError(err).message),
    );
  }, []);

  useEffect(() => {
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const stop = () => {
    const others = status.connected.length;
    modal.confirm({
      title: '停止局域网共享？',
      content: `${others ? `在线的 ${others} 位同事将不能继续使用，尚未保存的填写会丢失。` : ''}他们的登录会保留：在同一端口再次开启共享后，可以接着使用。`,
      okText: '停止共享',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setStopping(true);
        try {
          const stopped = await call('sharing.stop', {});
          void message.success('局域网共享已停止');
          announceSharing(stopped);
        } catch (err) {
          setProblem(toAppError(err).message);
          setStopping(false);
        }
      },
    });
  };

  const local = status.localUrl ?? '';
  return (
    <div role="main" aria-label="局域网共享已开启" style={{ minHeight: '100vh', background: '#f5f7fa', padding: '24px 32px' }}>
      <div style={{ maxWidth: 1200, margin: '0 auto' }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, marginBottom: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <WifiOutlined style={{ color: '#1d4f91', marginRight: 8 }} />
            局域网共享已开启
            <Tag color="success" style={{ marginLeft: 12, verticalAlign: 'middle' }}>
              端口 {status.port}
            </Tag>
          </Typography.Title>
          <Button danger onClick={stop} loading={stopping}>
            停止共享
          </Button>
        </div>
        <Typography.Paragraph type="secondary">
          同事在自己的电脑上用浏览器（Chrome 109 及以上或 Firefox 115 及以上）打开下面的地址，用各自的账户登录。共享期间本窗口不能直接查看或修改台账：本机也请用账户登录，每次操作都记在登录人名下。
        </Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Row gutter={16}>
          <Col span={12}>
            <Card title="请把地址告诉同事" role="region" aria-label="请把地址告诉同事" style={{ height: '100%' }}>
              {status.addresses.length ? (
                <>
                  {status.addresses.length > 1 && <Typography.Paragraph type="secondary">本机有多个网卡，任选一个同事能打开的：</Typography.Paragraph>}
                  {status.addresses.map((address) => (
                    <Typography.Paragraph key={address} style={{ fontSize: 18, marginBottom: 8 }}>
                      <Typography.Text strong copyable={{ text: address, tooltips: COPY_TIPS }}>
                        {address}
                      </Typography.Text>
                    </Typography.Paragraph>
                  ))}
                </>
              ) : (
                <Alert type="warning" showIcon title="本机没有找到局域网地址：请检查网线或无线网络是否已连接。" style={{ marginBottom: 8 }} />
              )}
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                若同事打不开，请检查本机防火墙是否允许端口 {status.port} 的入站连接。
                {!status.secure && '未启用 HTTPS，登录密码在局域网中不加密传输。'}
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col span={12}>
            <Card title="本机使用" role="region" aria-label="本机使用" style={{ height: '100%' }}>
              <Typography.Paragraph>在本机浏览器中打开以下地址，用管理员或自己的账户登录：</Typography.Paragraph>
              <Typography.Paragraph style={{ fontSize: 18, marginBottom: 8 }}>
                <Typography.Link href={local} target="_blank" rel="noopener noreferrer" copyable={{ text: local, tooltips: COPY_TIPS }}>
                  {local}
                </Typography.Link>
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                停止共享后，本窗口恢复原样；同事的登录会保留，再次开启时可以接着使用。
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
        <Card
          title={`在线用户（${status.connected.length}）`}
          role="region"
          aria-label="在线用户"
          style={{ marginTop: 16 }}
          extra={
            <Button size="small" onClick={refresh}>
              刷新
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">每10秒自动刷新。要让某人下线，请用管理员账户登录后在“用户管理”中操作。</Typography.Paragraph>
          <Table<ConnectedSession>
            rowKey="sessionId"
            size="small"
            dataSource={status.connected}
            pagination={false}
            locale={{ emptyText: '现在还没有人登录' }}
            columns={sessionColumns()}
          />
        </Card>
      </div>
    </div>
  );
}
