import { afterEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import type { WebServer } from '../../electron/server/http-server';
import { startWebServer } from '../../electron/server/http-server';
import { openTempApp, tempDir } from '../helpers/temp-app';
import { signIn } from '../helpers/web-session';

// The page asks GET /auth/state to learn whether it needs a sign-in page. Browser mode on 127.0.0.1
// answers `local`, behind its launch token like every other route.

const servers: WebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe('browser mode /auth/state', () => {
  it('answers local mode to the launch\'s browser, and a JSON refusal to anyone else', async () => {
    const app = openTempApp();
    const server = await startWebServer({ registry: app.registry, rendererDir: tempDir() });
    servers.push(server);
    const cookie = await signIn(server);
    const state = await fetch(`${server.url}auth/state`, { headers: { Cookie: cookie } });
    expect(state.status).toBe(200);
    expect(await state.json()).toEqual({ mode: 'local', version: pkg.version });
    const outsider = await fetch(`${server.url}auth/state`);
    expect(outsider.status).toBe(401);
    expect(outsider.headers.get('content-type')).toContain('application/json');
    expect((await outsider.json()).ok).toBe(false);
  });
});
