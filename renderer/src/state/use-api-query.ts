import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { Result } from '../../../shared/contract/result';
import type { EntityKind } from '../../../shared/domain/record';
import { useNetwork } from './network-data';

export interface ApiQuery<Value> {
  value: Value | null;
  /** The API's Dutch message when the last load failed: every screen shows it, none drops it. */
  error: string | null;
  loading: boolean;
  /** Loads again now (after the broker stopped a long load, say). */
  reload: () => void;
}

/**
 * Data a screen loads itself through the API: loaded when `deps` change, and
 * again whenever records of the `refreshOn` kinds change (a save, an undo,
 * another window), awaited by whoever made the change. A slower, older
 * answer never overwrites a newer one. `load` null: nothing is loaded (a
 * closed panel).
 */
export function useApiQuery<Value>(load: (() => Promise<Result<Value>>) | null, deps: DependencyList, refreshOn: readonly EntityKind[] = []): ApiQuery<Value> {
  const { watch } = useNetwork();
  const [state, setState] = useState<Omit<ApiQuery<Value>, 'reload'>>({ value: null, error: null, loading: load !== null });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(async () => {
    const current = loadRef.current;
    if (!current) return;
    const request = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    const result = await current();
    if (request !== latest.current) return;
    setState(result.ok ? { value: result.value, error: null, loading: false } : { value: null, error: result.error.message, loading: false });
  }, []);
  // `load` is a new function on every render; what it loads is named by `deps`.
  useEffect(() => void run(), [...deps, load === null]);
  const kinds = refreshOn.join(',');
  useEffect(() => (kinds === '' ? undefined : watch(refreshOn, run)), [watch, run, kinds]);
  const reload = useCallback(() => void run(), [run]);
  return { ...state, reload };
}
