import { theme } from 'antd';
import type { ReactNode } from 'react';

// The full page the sign-in and password screens stand on. Opaque and above every drawer, dialog and
// message of the app (antd's reach 2050), because the app may still be mounted underneath it
// (gate-state.ts): after a session ends, nothing of the previous page may show through.
export const COVER_Z_INDEX = 2100;

export function AuthCover({ children, width = 380 }: { children: ReactNode; width?: number }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: COVER_Z_INDEX,
        overflow: 'auto',
        background: token.colorBgLayout,
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'center',
        padding: '10vh 16px 32px',
      }}
    >
      <main style={{ width, maxWidth: '100%', background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 32, boxShadow: token.boxShadowTertiary }}>
        <div style={{ textAlign: 'center', fontSize: 22, fontWeight: 600, color: token.colorPrimary, marginBottom: 24 }}>法治台账</div>
        {children}
      </main>
    </div>
  );
}
