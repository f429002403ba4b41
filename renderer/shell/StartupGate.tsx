import { Suspense } from 'react';
import { useOperation } from '../hooks/useOperation';
import { SharingGate } from '../pages/sharing/SharingGate';
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
  // While 局域网共享 runs, the host's own screen shows its panel instead (pages/sharing/SharingGate.tsx).
  return (
    <SharingGate>{(sharingKnown) => <AppShell pagesReady={sharingKnown && (!info.loading || info.data !== undefined || info.error !== undefined)} />}</SharingGate>
  );
}
