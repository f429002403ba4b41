import { useCallback } from 'react';

// Most people in a unit log for their own 科室; remembering it saves typing on every entry.
const STORAGE_KEY = 'fazhi-ledger.lastDepartment';

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useLastDepartment(): { lastDepartment: () => string; rememberDepartment: (name: string) => void } {
  const rememberDepartment = useCallback((name: string) => {
    try {
      if (name.trim()) window.localStorage.setItem(STORAGE_KEY, name.trim());
    } catch {
      // Storage may be disabled; the default is a convenience, not data.
    }
  }, []);
  return { lastDepartment: read, rememberDepartment };
}
