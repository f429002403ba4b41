import { LOCAL_CALLER } from '../../shared/auth/caller';
import type { SharingStatus } from '../../shared/domain/sharing';
import { DEFAULT_SHARING_HOST } from '../../shared/domain/sharing';
import { AppError } from '../../shared/errors';
import type { AppContext, SharingControl } from '../app-context';
import { addressesFor } from '../server/host-controller';
import type { HandlerGroup } from './handler-types';
import { userHandlers } from './user-handlers';

// 局域网共享 from the program holding the data folder: host mode beside the window
// (ctx.sharing, electron/server/host-controller.ts). The machine's own user only
// (shared/auth/permissions.ts); while it runs, that user's other calls are refused
// (electron/auth/sharing-lock.ts).

const NOT_HERE = '这个程序不能开启局域网共享：请在主机上打开法治台账（桌面程序或 fazhi web），在“局域网共享”页面开启；没有桌面的电脑上可运行 fazhi serve。';

function controlOf(ctx: AppContext): SharingControl {
  if (!ctx.sharing) throw new AppError('conflict', NOT_HERE);
  return ctx.sharing;
}

async function statusOf(ctx: AppContext): Promise<SharingStatus> {
  const running = ctx.sharing?.running() ?? null;
  if (!running) return { available: ctx.sharing !== undefined, running: false, host: null, port: null, addresses: [], localUrl: null, secure: false, connected: [] };
  // The same list as 在线用户 (sessions.list), as the machine's own user sees it.
  const connected = await userHandlers['sessions.list']({ ...ctx, caller: LOCAL_CALLER }, {});
  return { available: true, running: true, host: running.host, port: running.port, addresses: addressesFor(running), localUrl: running.url, secure: running.secure, connected };
}

export const sharingHandlers: HandlerGroup<'sharing.start' | 'sharing.stop' | 'sharing.status'> = {
  'sharing.start': async (ctx, { port, host }) => {
    await controlOf(ctx).start({ host: host ?? DEFAULT_SHARING_HOST, port });
    return statusOf(ctx);
  },

  // Sessions stay in the store: a colleague's page goes on when sharing starts again on the same port.
  'sharing.stop': async (ctx) => {
    await controlOf(ctx).stop();
    return statusOf(ctx);
  },

  'sharing.status': (ctx) => statusOf(ctx),
};
