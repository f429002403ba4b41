import { app } from 'electron';
import { guardSession } from './session-guard';
import { guardWebContents } from './web-contents-guard';

/**
 * Must run before 'ready'. Hooks the guards onto everything created later, so no window, DevTools
 * panel or session can exist unguarded, and sandboxes every renderer even if a window forgot to.
 */
export function installSecurity(): void {
  app.enableSandbox();
  // A second lock beneath the webRequest filter: every host-name lookup fails, so a request that
  // somehow slipped past the filter still could not reach another machine.
  app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('session-created', (ses) => guardSession(ses));
}
