import type { AccountState } from '../../../shared/domain/user-admin';

// How 用户管理 marks an account's state: what needs the administrator stands out.
export const STATE_COLORS: Readonly<Record<AccountState, string>> = {
  normal: 'green',
  expiring: 'gold',
  must_change: 'blue',
  expired: 'orange',
  locked: 'red',
  disabled: 'default',
};

/** 2025-03-05 15:00, local time; '—' when there is none. */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
