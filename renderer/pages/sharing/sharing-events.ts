import type { SharingStatus } from '../../../shared/domain/sharing';

// The 局域网共享 step starts sharing and the panel stops it; the gate in front of the app
// (SharingGate) is told the new state at once, so the page switches without waiting for a poll.

type Listener = (status: SharingStatus) => void;

const listeners = new Set<Listener>();

export function announceSharing(status: SharingStatus): void {
  for (const listener of listeners) listener(status);
}

/** Returns the unsubscribe. */
export function onSharingChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
