import type { CliIo } from './cli-types';
import { runCli } from './fazhi';

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
const argv = process.argv.slice(2);

// Ctrl+C (or a kill) still ends a one-shot command at once, but through process.exit, so that the
// 'exit' hook removes the data folder's lock; dying of the signal itself would skip it and leave the
// lock for the next start to find stale. `web` stops itself gracefully on the same signals.
if (argv[0] !== 'web') {
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

void runCli(argv, io).then((code) => {
  process.exitCode = code;
});
