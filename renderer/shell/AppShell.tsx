import { BarChartOutlined, FileSearchOutlined, FileTextOutlined, SafetyCertificateOutlined, SettingOutlined, SwapOutlined, TableOutlined } from '@ant-design/icons';
import { Layout, Menu, theme } from 'antd';
import type { ReactNode } from 'react';
import { useHashRoute } from '../hooks/useHashRoute';
import { BackupPage } from '../pages/backup/BackupPage';
import { CheckupPage } from '../pages/checkup/CheckupPage';
import { LedgerPage } from '../pages/ledger/LedgerPage';
import { ReportPage } from '../pages/report/ReportPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { StatsPage } from '../pages/stats/StatsPage';
import { DataPage } from '../pages/data/DataPage';
import type { RouteKey } from './routes';
import { ROUTES } from './routes';

const ICONS: Record<RouteKey, ReactNode> = {
  ledger: <TableOutlined />,
  stats: <BarChartOutlined />,
  report: <FileTextOutlined />,
  checkup: <FileSearchOutlined />,
  settings: <SettingOutlined />,
  backup: <SafetyCertificateOutlined />,
  data: <SwapOutlined />,
};

const PAGES: Record<RouteKey, () => ReactNode> = {
  ledger: () => <LedgerPage />,
  stats: () => <StatsPage />,
  report: () => <ReportPage />,
  checkup: () => <CheckupPage />,
  settings: () => <SettingsPage />,
  backup: () => <BackupPage />,
  data: () => <DataPage />,
};

export function AppShell() {
  const [route, navigate] = useHashRoute();
  const { token } = theme.useToken();
  const current = ROUTES.find((r) => r.key === route);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={168} breakpoint="md" collapsedWidth={64} theme="light" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 18, fontWeight: 600, color: token.colorPrimary }}>
          法治台账
        </div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={[route]}
            items={ROUTES.map((r) => ({ key: r.key, icon: ICONS[r.key], label: r.label }))}
            onClick={({ key }) => navigate(key as RouteKey)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, padding: '0 24px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <h1 style={{ margin: 0, fontSize: 18, fontWeight: 600 }}>{current?.label}</h1>
        </Layout.Header>
        <Layout.Content style={{ margin: 16, padding: 24, background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
          {PAGES[route]()}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
