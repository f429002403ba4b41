import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract/operations';
import type { AppError } from '../../shared/errors';
import { toAppError } from '../forms/to-app-error';

export interface OperationState<T> {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads one read operation and reloads it whenever its input changes (compared by value, so callers
 * may pass a fresh object literal on each render). A late answer to an older input is dropped.
 */
export function useOperation<K extends OperationName>(name: K, input: InputOf<K>): OperationState<OutputOf<K>> {
  const key = JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data?: OutputOf<K>; error?: AppError; loading: boolean }>({ loading: true });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    call(name, JSON.parse(key) as InputOf<K>).then(
      (data) => current && setState({ data, loading: false }),
      (err: unknown) => current && setState((s) => ({ data: s.data, error: toAppError(err), loading: false })),
    );
    return () => {
      current = false;
    };
  }, [name, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
