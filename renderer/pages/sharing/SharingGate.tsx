import type { ReactNode } from 'react';
import { Suspense, lazy, useEffect, useState } from 'react';
import type { SharingStatus } from '../../../shared/domain/sharing';
import { call } from '../../api/client';
import { onRefusedCall } from '../../api/refused-calls';
import { useSignedInUser } from '../../auth/signed-in-user';
import { PageLoading } from '../../shell/PageLoading';
import { onSharingChanged } from './sharing-events';

// In front of the app on the host's own screen (desktop window, fazhi web): while 局域网共享 runs,
// the host refuses this screen's calls but the panel's (electron/auth/sharing-lock.ts), so the
// panel is shown instead of the pages. A colleague's page (signed in) never asks: it is not theirs.

const SharingPanel = lazy(() => import('./SharingPanel').then((m) => ({ default: m.SharingPanel })));

/** children(known): the app, told whether sharing is known to be off (until then its menu shows, its pages wait). */
type Children = (known: boolean) => ReactNode;

export function SharingGate({ children }: { children: Children }) {
  const signedIn = useSignedInUser();
  if (signedIn) return <>{children(true)}</>;
  return <LocalSharingGate>{children}</LocalSharingGate>;
}

function LocalSharingGate({ children }: { children: Children }) {
  // undefined: still asking; null: no answer (recovery mode, an old host): the app as before.
  const [status, setStatus] = useState<SharingStatus | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const ask = (): void => {
      call('sharing.status', {}).then(
        (s) => current && setStatus(s),
        () => current && setStatus((known) => known ?? null),
      );
    };
    ask();
    const offChanged = onSharingChanged((s) => setStatus(s));
    // Started from another tab of this machine: this tab learns it from the refusal and switches.
    const offRefused = onRefusedCall(ask);
    return () => {
      current = false;
      offChanged();
      offRefused();
    };
  }, []);
  // A moment on this machine: the menu does not wait for it, the pages do (they must not ask a host
  // that would refuse them).
  if (status === undefined) return <>{children(false)}</>;
  if (status?.running) {
    return (
      <Suspense fallback={<PageLoading />}>
        <SharingPanel initial={status} />
      </Suspense>
    );
  }
  return <>{children(true)}</>;
}
