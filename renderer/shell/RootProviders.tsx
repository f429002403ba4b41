import type { ThemeConfig } from 'antd';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { AuthGate } from '../auth/AuthGate';
import { StartupGate } from './StartupGate';

// A sober official blue; red would read as “danger” next to the 删除 buttons.
const PRIMARY = '#1d4f91';
const FONT_FAMILY =
  "-apple-system, 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const THEME: ThemeConfig = {
  token: { fontFamily: FONT_FAMILY, colorPrimary: PRIMARY, colorLink: PRIMARY },
  components: { Menu: { itemSelectedBg: '#e6edf7', itemSelectedColor: PRIMARY } },
};

// antd's App supplies message/modal through context, so they pick up the Chinese locale and theme.
// Also what the build renders the menu in (prerender-shell.ssr.tsx): the same
// theme gives the same style hashes, so the page finds those styles ready.
export function ThemeProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

// AuthGate: on the host, the sign-in and password screens before the app; elsewhere the app as is.
export function RootProviders() {
  return (
    <ThemeProviders>
      <AuthGate>
        <StartupGate />
      </AuthGate>
    </ThemeProviders>
  );
}
