import { STATIC_SHELL_ID } from '../../shared/static-shell';

/**
 * Takes away the menu index.html carried from the build, once the page draws something of its own
 * (the menu, a sign-in or problem screen). Called in a layout effect, so the two never share a frame.
 */
export function removeStaticShell(): void {
  document.getElementById(STATIC_SHELL_ID)?.remove();
}
