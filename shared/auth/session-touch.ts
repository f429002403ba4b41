// The host writes a session's last activity at most this often: every request of every colleague
// must not be a disk write. The page's idle countdown allows for it (renderer/auth/idle-clock.ts),
// so both sides read the one number.
export const SESSION_TOUCH_EVERY_MS = 30_000;
