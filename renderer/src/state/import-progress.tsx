import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePolledProgress } from './use-polled-progress';
import type { ApiClient, ImportProgress } from '../../../shared/contract/api';
import { describeImportProgress } from '../../../shared/import/describe-progress';
import { pendingCalls } from '../api/pending-calls';
import { strings } from '../strings';
import { useNetwork } from './network-data';

/** A call answered within this time feels instant; only a longer wait is explained. */
const explainAfterMs = 800;

/** The running import's progress, asked every half second while `active`. */
export function useImportProgress(api: ApiClient, active: boolean): ImportProgress | null {
  return usePolledProgress(api.importFile.progress, active);
}

/** True once a call has waited longer than `explainAfterMs`. */
function useLongWait(): boolean {
  const startedAt = useSyncExternalStore(pendingCalls.subscribe, pendingCalls.oldestStartedAt);
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (startedAt === null) return setLong(false);
    const timer = window.setTimeout(() => setLong(true), Math.max(0, startedAt + explainAfterMs - performance.now()));
    return () => window.clearTimeout(timer);
  }, [startedAt]);
  return long;
}

/**
 * A save or a screen that waits behind an import (in this window or another)
 * says so, with the import's progress, instead of seeming to hang.
 */
export function WaitingBehindImport() {
  const { api } = useNetwork();
  const long = useLongWait();
  const progress = useImportProgress(api, long);
  if (!long || !progress) return null;
  return (
    <div className="waiting-banner" role="status">
      <strong>{strings.waitingBehindImport}</strong> {describeImportProgress(progress)}
    </div>
  );
}
