import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { stagedPath, stagingDir } from '../../electron/attachments/storage-paths';
import { openApp } from '../../electron/open-app';

// Child process for the interrupted-import test: imports a package into a data folder and dies by
// SIGKILL the moment the import writes its first attachment row, i.e. after the package's files are
// in the store and before the transaction commits. Usage: node <bundle> <dataDir> <zip> <merge|replace>

const [dataDir, zipFile, mode] = process.argv.slice(2) as [string, string, 'merge' | 'replace'];
const app = openApp({ dataDir, shell: 'cli', log: () => undefined });
app.ctx.db.function('die_now', () => {
  process.kill(process.pid, 'SIGKILL');
  return 0;
});
app.ctx.db.exec('CREATE TEMP TRIGGER die_on_first_link BEFORE INSERT ON main.attachments BEGIN SELECT die_now(); END');
const stagedId = randomUUID();
fs.mkdirSync(stagingDir(dataDir), { recursive: true });
fs.copyFileSync(zipFile, stagedPath(dataDir, stagedId));
// A replace takes the confirmation the page asks for (a merge ignores it).
void app.registry.call('package.import', { stagedId, fileName: '下级单位.zip', mode, confirm: '替换' }).then(
  () => process.exit(3),
  (err: unknown) => {
    process.stderr.write(String(err));
    process.exit(4);
  },
);
