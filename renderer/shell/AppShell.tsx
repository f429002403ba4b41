import { AuditOutlined, BarChartOutlined, ClusterOutlined, FileProtectOutlined, FileSearchOutlined, FileTextOutlined, SafetyCertificateOutlined, SettingOutlined, SwapOutlined, TableOutlined, TeamOutlined } from '@ant-design/icons';
import { Layout, Menu, theme } from 'antd';
import type { ReactNode } from 'react';
import { Suspense, useEffect, useState } from 'react';
import { PasswordExpiryBanner } from '../auth/PasswordExpiryBanner';
import { useSignedInUser } from '../auth/signed-in-user';
import { UserMenu } from '../auth/lazy-auth-screens';
import { useHashRoute } from '../hooks/useHashRoute';
import { PAGES } from './lazy-pages';
import { PageLoading } from './PageLoading';
import type { RouteKey } from './routes';
import { routesFor } from './routes';

const ICONS: Record<RouteKey, ReactNode> = {
  ledger: <TableOutlined />,
  review: <AuditOutlined />,
  stats: <BarChartOutlined />,
  report: <FileTextOutlined />,
  checkup: <FileSearchOutlined />,
  settings: <SettingOutlined />,
  backup: <SafetyCertificateOutlined />,
  data: <SwapOutlined />,
  sharing: <ClusterOutlined />,
  audit: <FileProtectOutlined />,
  users: <TeamOutlined />,
};

interface Props {
  /** False until the data file has passed its start-up check: the menu shows, the page area stays empty. */
  pagesReady: boolean;
}

export function AppShell({ pagesReady }: Props) {
  const [hashRoute, navigate] = useHashRoute();
  const { token } = theme.useToken();
  // On the host, only the pages the signed-in role may use (routes.ts); the local modes show all.
  const user = useSignedInUser();
  const routes = routesFor(user?.role ?? null);
  const allowed = routes.some((r) => r.key === hashRoute);
  const route = allowed ? hashRoute : (routes[0]?.key ?? hashRoute);
  // An address of a page this role has not (a bookmark, the default 台账 for an 审计员) becomes its first page.
  useEffect(() => {
    if (!allowed && route !== hashRoute) navigate(route);
  }, [allowed, route, hashRoute, navigate]);
  const current = routes.find((r) => r.key === route);
  const Page = PAGES[route];
  // The labels' tooltips matter only when the narrow window folds the menu to icons; building them
  // for every item was a large part of the first screen's time.
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={168} breakpoint="md" collapsedWidth={64} onCollapse={setCollapsed} theme="light" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 18, fontWeight: 600, color: token.colorPrimary }}>
          法治台账
        </div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={[route]}
            items={routes.map((r) => ({ key: r.key, icon: ICONS[r.key], label: r.label }))}
            onClick={({ key }) => navigate(key as RouteKey)}
            style={{ borderInlineEnd: 'none' }}
            tooltip={collapsed ? undefined : false}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: token.colorBgContainer, padding: '0 24px', borderBottom: `1px solid ${token.colorBorderSecondary}`, display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}
        >
          <h1 style={{ margin: 0, fontSize: 18, fontWeight: 600 }}>{current?.label}</h1>
          {/* Host mode: who is signed in, 修改密码, 退出登录. */}
          {user && (
            <Suspense fallback={null}>
              <UserMenu />
            </Suspense>
          )}
        </Layout.Header>
        <PasswordExpiryBanner />
        <Layout.Content style={{ margin: 16, padding: 24, background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
          {/* Nothing, not even a spinner, until the check is back: it takes moments, and the menu's first frame should not wait for the spinner's styles. */}
          {pagesReady && (
            <Suspense fallback={<PageLoading />}>
              <Page />
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
