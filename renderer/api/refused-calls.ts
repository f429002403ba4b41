// Calls the backend refused as not allowed (forbidden). On the host's own screen the only such
// refusal is 局域网共享 having been started from another tab or window of this machine
// (electron/auth/sharing-lock.ts): the sharing gate listens, asks again, and shows the panel
// instead of leaving this tab to hit the same refusal on every click.

type Listener = () => void;

const listeners = new Set<Listener>();

export function noteRefusedCall(): void {
  for (const listener of [...listeners]) listener();
}

/** Returns the unsubscribe. */
export function onRefusedCall(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
