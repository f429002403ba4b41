import type { CliIo } from './cli-types';
import { runCli } from './fazhi';

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
