import type { KeyboardEvent } from 'react';
import { useCallback } from 'react';

function ownsEnter(target: HTMLElement): boolean {
  // In a drop-down Enter opens it, picks an option or adds a tag; in a date box it confirms the
  // typed date. Saving there would lose what the person meant to do.
  // The drop-downs themselves are portals: their keys bubble to the form too.
  return (
    target.getAttribute('role') === 'combobox' ||
    target.closest('.ant-picker, .ant-picker-dropdown, .ant-select-dropdown, .ant-dropdown') !== null
  );
}

/**
 * Keyboard saving for a form: Ctrl+Enter (or ⌘+Enter) anywhere, plain Enter in single-line boxes.
 * Enter that ends Chinese IME composition only confirms the characters.
 */
export function useSubmitKeys(submit: () => void): (e: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        submit();
        return;
      }
      if (target.tagName !== 'INPUT' || ownsEnter(target)) return;
      e.preventDefault();
      submit();
    },
    [submit],
  );
}
