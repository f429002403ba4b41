import { Spin } from 'antd';
import { Suspense, lazy } from 'react';

// The charts library is loaded with this page only, so opening the 台账 does not wait for it.
const StatsView = lazy(() => import('./StatsView'));

export function StatsPage() {
  return (
    <Suspense fallback={<Spin description="正在打开统计……" />}>
      <StatsView />
    </Suspense>
  );
}
