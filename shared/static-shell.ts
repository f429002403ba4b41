// The menu's markup that index.html carries from the build (scripts/prerender-shell-plugin.mjs) and
// shows until the page's own menu replaces it. Shared by the build, the page and the host server,
// which leaves it out: on the host the sign-in screen comes first, and a menu flashing before it
// would promise pages the colleague may not have.

export const STATIC_SHELL_ID = 'static-shell';
export const STATIC_SHELL_START = '<!-- static-shell -->';
export const STATIC_SHELL_END = '<!-- /static-shell -->';

/** index.html without the build's menu (unchanged when it has none). */
export function withoutStaticShell(html: string): string {
  const start = html.indexOf(STATIC_SHELL_START);
  const end = html.indexOf(STATIC_SHELL_END);
  if (start < 0 || end < start) return html;
  return html.slice(0, start) + html.slice(end + STATIC_SHELL_END.length);
}
