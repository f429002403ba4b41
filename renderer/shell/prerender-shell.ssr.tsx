import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import { renderToString } from 'react-dom/server';
import { STATIC_SHELL_END, STATIC_SHELL_ID, STATIC_SHELL_START } from '../../shared/static-shell';
import { AppShell } from './AppShell';
import { ThemeProviders } from './RootProviders';

/**
 * The menu's first frame, rendered at build time (scripts/prerender-shell-plugin.mjs), issue 15:
 * - `css`: its antd styles as a style sheet, with antd's own map of which styles it holds, so the
 *   page does not generate and insert them in the browser. antd still generates every style not in
 *   the map (pages, dialogs), and one whose theme differs would not match its map entry: a stale
 *   file costs speed, never looks.
 * - `html`: its markup for index.html, inert, until the page's own menu replaces it
 *   (renderer/shell/static-shell.ts), so the menu is on screen as soon as the page and its styles
 *   have arrived rather than after every script has run; marked so the host can leave it out.
 */
export function prerenderShell(): { css: string; html: string } {
  const cache = createCache();
  const html = renderToString(
    <StyleProvider cache={cache}>
      <ThemeProviders>
        <AppShell pagesReady={false} />
      </ThemeProviders>
    </StyleProvider>,
  );
  return {
    css: extractStyle(cache, { plain: true }),
    html: `${STATIC_SHELL_START}<div id="${STATIC_SHELL_ID}" aria-hidden="true" inert>${html}</div>${STATIC_SHELL_END}`,
  };
}
