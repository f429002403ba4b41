import { Spin } from 'antd';

/** What a page shows while its code arrives: on a colleague's browser over the LAN this can take a moment. */
export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      {/* The delay keeps a quick load from flashing a spinner. */}
      <Spin delay={200} description="正在加载…" />
    </div>
  );
}
