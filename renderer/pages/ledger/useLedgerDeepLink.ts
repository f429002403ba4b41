import { App } from 'antd';
import { useEffect } from 'react';
import type { Category } from '../../../shared/domain/category';
import { linkQueryFor } from '../../../shared/navigation/deep-links';
import type { DrawerTab } from './drawer-request';
import type { LedgerFilter } from './ledger-filter';
import { CLEARED } from './ledger-filter';

interface Targets {
  /** Undefined while loading: a link naming a category waits for them. */
  categories: Category[] | undefined;
  onFilter: (patch: Partial<LedgerFilter>) => void;
  onEntry: (id: string, tab: DrawerTab) => void;
}

/**
 * Follows a link into the ledger (from 年报体检, 统计): "#/ledger?entry=<id>[&tab=evidence]" opens the
 * entry's drawer; "#/ledger?year=Y[&category=<key or name>][&evidence=missing]" sets those filters
 * (evidence=missing opens the 佐证检查 tab). Read once, then the address goes back to "#/ledger".
 */
export function useLedgerDeepLink({ categories, onFilter, onEntry }: Targets): void {
  const { message } = App.useApp();
  useEffect(() => {
    const follow = () => {
      const q = linkQueryFor('ledger', window.location.hash);
      if (!q.entry && !q.year && !q.category && !q.evidence) return;
      if (q.category && !categories) return;
      window.history.replaceState(null, '', '#/ledger');
      if (q.entry) {
        onEntry(q.entry, q.tab === 'evidence' ? 'evidence' : 'form');
        return;
      }
      const year = Number(q.year);
      const category = q.category ? categories?.find((c) => c.key === q.category || c.name === q.category) : undefined;
      if (q.category && !category) void message.warning(`找不到类别“${q.category}”（可能已改名或删除），已显示全部类别`);
      onFilter({
        ...CLEARED,
        view: q.evidence === 'missing' ? 'gaps' : 'ledger',
        ...(Number.isInteger(year) && year > 1948 ? { year } : {}),
        categoryId: category?.id,
      });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [categories, message, onEntry, onFilter]);
}
