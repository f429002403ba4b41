// When the page last reached the host. In host mode every answered /api/ call moves the session's
// idle deadline on (host-server.ts touches the session), so the idle warning (renderer/auth/
// useIdleWatch.ts) counts from the last call the host answered, as the host does.

type Listener = (sentAt: number) => void;

const listeners = new Set<Listener>();

/** Called by the client with the time a request was sent, once the host has answered it. */
export function noteServerTouch(sentAt: number): void {
  for (const listener of [...listeners]) listener(sentAt);
}

export function onServerTouch(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
