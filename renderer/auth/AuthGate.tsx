import type { ReactNode } from 'react';
import { Fragment, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'react';
import type { HostSignedIn } from '../../shared/auth/host-state';
import { SESSION_END_MESSAGES } from '../../shared/auth/session-end';
import { fetchAuthState, signOut } from '../api/auth-routes';
import { PAGE_VERSION } from '../api/page-version';
import { onSessionProblem } from '../api/session-lost';
import { toAppError } from '../forms/to-app-error';
import { removeStaticShell } from '../shell/static-shell';
import { appVisible, gateReducer, INITIAL_GATE } from './gate-state';
import type { HostSession } from './host-session';
import { HostSessionContext } from './host-session';
import { ChangePasswordModal, IdleWarningModal, MustChangePasswordScreen, OutdatedScreen, SignInScreen, UnreachableScreen } from './lazy-auth-screens';
import { SignedInUserContext } from './signed-in-user';
import { useIdleWatch } from './useIdleWatch';

// Between the page and the app: asks the server which mode it is in and, on the host, who is signed
// in, and shows the sign-in or password screen until the app may be used (states: gate-state.ts).
// The desktop window and fazhi web get the app exactly as before: no screen, no user.

/** The idle watch runs only while someone is signed in, so it is its own component. */
function IdleGuard({ state, onEnded, onSignOut }: { state: HostSignedIn; onEnded(): void; onSignOut(): void }) {
  const watch = useIdleWatch({ idleMinutes: state.idleMinutes, warnBeforeMinutes: state.warnBeforeMinutes }, state.user.username, onEnded);
  if (!watch.warning) return null;
  return (
    <Suspense fallback={null}>
      <IdleWarningModal remainingMs={watch.warning.remainingMs} onContinue={() => void watch.keepAlive()} onSignOut={onSignOut} />
    </Suspense>
  );
}

export function AuthGate({ children }: { children: ReactNode }) {
  const [gate, dispatch] = useReducer(gateReducer, INITIAL_GATE);
  const [generation, setGeneration] = useState(0);
  const [changingPassword, setChangingPassword] = useState(false);

  useEffect(() => {
    let current = true;
    fetchAuthState().then(
      (state) => current && dispatch({ type: 'state', state, pageVersion: PAGE_VERSION }),
      (err: unknown) => current && dispatch({ type: 'unreachable', message: toAppError(err).message }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  // Any call the host refused for the session's sake, wherever on the page it was made.
  useEffect(
    () =>
      onSessionProblem((problem) => {
        // app.info is the page's own (start-up, keep-alive): nothing of the user's was lost with it.
        if (problem.code === 'not_signed_in') dispatch({ type: 'session-lost', message: problem.message, unsaved: problem.operation !== undefined && problem.operation !== 'app.info' });
        else if (problem.code === 'version_mismatch') dispatch({ type: 'outdated', message: problem.message });
        // The password expired while signed in: the state says so, and the gate shows the password screen.
        else setGeneration((g) => g + 1);
      }),
    [],
  );

  const onSignedIn = useCallback((state: HostSignedIn) => dispatch({ type: 'state', state, pageVersion: PAGE_VERSION }), []);
  const onIdle = useCallback(() => dispatch({ type: 'session-lost', message: SESSION_END_MESSAGES.idle, unsaved: false }), []);
  const doSignOut = useCallback(() => {
    setChangingPassword(false);
    signOut().then(
      () => dispatch({ type: 'signed-out' }),
      (err: unknown) => dispatch({ type: 'signed-out', message: `${toAppError(err).message}（本页面已退出，主机上的登录会在无人操作时自动结束）` }),
    );
  }, []);

  // The build's menu stays while the mode is asked; whatever comes next replaces it in one frame.
  const decided = gate.kind !== 'checking';
  useLayoutEffect(() => {
    if (decided) removeStaticShell();
  }, [decided]);

  const session = gate.kind === 'host' ? gate.session : null;
  // See styles.css: the app's dialogs outside #root are hidden while a screen covers the app.
  const covered = gate.kind === 'host' && gate.app !== null && !appVisible(gate);
  useEffect(() => {
    document.body.toggleAttribute('data-fazhi-covered', covered);
  }, [covered]);
  const hostSession = useMemo<HostSession | null>(
    () => (session ? { state: session, openChangePassword: () => setChangingPassword(true), signOut: doSignOut } : null),
    [session, doSignOut],
  );

  switch (gate.kind) {
    case 'checking':
      // Moments on 127.0.0.1 or the LAN; a spinner would only flash.
      return null;
    case 'unreachable':
      return (
        <Suspense fallback={null}>
          <UnreachableScreen message={gate.message} onRetry={() => setGeneration((g) => g + 1)} />
        </Suspense>
      );
    case 'outdated':
      return (
        <Suspense fallback={null}>
          <OutdatedScreen message={gate.message} />
        </Suspense>
      );
    case 'local':
      return <>{children}</>;
    case 'host':
      break;
  }

  const visible = appVisible(gate);
  return (
    <>
      {gate.app && (
        <SignedInUserContext.Provider value={gate.app.user}>
          <HostSessionContext.Provider value={visible ? hostSession : null}>
            {/* Hidden, not unmounted, under a sign-in screen: the same user signing in again finds their page as they left it. */}
            <div style={visible ? undefined : { display: 'none' }} aria-hidden={visible ? undefined : true}>
              <Fragment key={gate.app.key}>{children}</Fragment>
            </div>
          </HostSessionContext.Provider>
        </SignedInUserContext.Provider>
      )}
      <Suspense fallback={null}>
        {!session && <SignInScreen reason={gate.reason} unsaved={gate.unsaved} lastUsername={gate.app?.user.username} onSignedIn={onSignedIn} />}
        {session && session.passwordStatus.mustChange && <MustChangePasswordScreen state={session} onChanged={onSignedIn} onSignOut={doSignOut} />}
      </Suspense>
      {session && <IdleGuard key={session.user.username} state={session} onEnded={onIdle} onSignOut={doSignOut} />}
      {session && visible && (
        <Suspense fallback={null}>
          <ChangePasswordModal open={changingPassword} state={session} onChanged={onSignedIn} onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
    </>
  );
}
