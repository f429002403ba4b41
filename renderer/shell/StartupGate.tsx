import { Suspense } from 'react';
import { useOperation } from '../hooks/useOperation';
import { AppShell } from './AppShell';
import { RecoveryPage } from './lazy-pages';
import { PageLoading } from './PageLoading';

/**
 * The recovery screen instead of the app when the data file failed its start-up check. The menu
 * does not wait for that check (it touches no data), so it is on screen while the answer is on its
 * way; the pages do wait, so none of them asks a damaged file for anything.
 */
export function StartupGate() {
  const info = useOperation('app.info', {});
  if (info.data?.recovery) {
    return (
      <Suspense fallback={<PageLoading />}>
        <RecoveryPage recovery={info.data.recovery} onRecovered={info.reload} />
      </Suspense>
    );
  }
  return <AppShell pagesReady={!info.loading || info.data !== undefined || info.error !== undefined} />;
}
