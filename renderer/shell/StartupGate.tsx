import { useOperation } from '../hooks/useOperation';
import { RecoveryPage } from '../pages/backup/RecoveryPage';
import { AppShell } from './AppShell';

/** The recovery screen instead of the app when the data file failed its start-up check. */
export function StartupGate() {
  const info = useOperation('app.info', {});
  if (info.loading && !info.data && !info.error) return null;
  if (info.data?.recovery) return <RecoveryPage recovery={info.data.recovery} onRecovered={info.reload} />;
  return <AppShell />;
}
