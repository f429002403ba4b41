// The long-running commands (fazhi web, fazhi serve) run until Ctrl+C (SIGINT) or SIGTERM, then
// stop their servers and timers, and only then close the store.

/** Resolves to 0 once `stop` has finished after the first of the two signals; the other then does nothing. */
export function untilStopSignal(stop: () => Promise<void>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onSignal = () => {
      // Whichever signal came first, the other must not run stop a second time.
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop().then(() => resolve(0), reject);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}
