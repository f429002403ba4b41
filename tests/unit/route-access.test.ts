import { describe, expect, it } from 'vitest';
import { roleMayCall } from '../../shared/auth/permissions';
import { ROLES } from '../../shared/auth/roles';
import { ROUTES, routeFromHash, routesFor } from '../../renderer/shell/routes';

// The menu on the host shows each role only the pages it can use (renderer/shell/routes.ts); the
// machine's own user (desktop window, fazhi web) keeps the full menu as before accounts existed.

const keys = (role: Parameters<typeof routesFor>[0]) => routesFor(role).map((r) => r.key);

describe('routesFor', () => {
  it('gives the local modes every page, in the menu order', () => {
    expect(routesFor(null)).toEqual(ROUTES);
  });

  it('gives each role the pages of its duties', () => {
    expect(keys('entry')).toEqual(['ledger']);
    expect(keys('auditor')).toEqual(['audit']);
    expect(keys('admin')).toContain('backup');
    expect(keys('admin')).toContain('settings');
    expect(keys('admin')).not.toContain('audit');
    expect(keys('admin')).not.toContain('ledger');
    expect(keys('reviewer')).toEqual(expect.arrayContaining(['ledger', 'stats', 'report', 'checkup', 'data', 'settings']));
    expect(keys('reviewer')).not.toContain('audit');
    expect(keys('reviewer')).not.toContain('backup');
  });

  it('shows a page only to roles that may call what it needs, and every role has a page', () => {
    for (const role of ROLES) {
      const shown = routesFor(role);
      expect(shown.length, role).toBeGreaterThan(0);
      for (const route of shown) if ('requires' in route) expect(roleMayCall(role, route.requires), `${role} ${route.key}`).toBe(true);
    }
  });

  it('keeps the old addresses: 审计日志 is #/audit, and an unknown hash is the ledger', () => {
    expect(routeFromHash('#/audit')).toBe('audit');
    expect(routeFromHash('#/nowhere')).toBe('ledger');
  });
});
