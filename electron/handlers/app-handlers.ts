import type { HandlerGroup } from './handler-types';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (ctx) => ({
    appName: '法治台账',
    version: ctx.version,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    shell: ctx.shell,
  }),
};
