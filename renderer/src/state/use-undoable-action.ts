import { useCallback } from 'react';
import type { Result } from '../../../shared/contract/result';
import { useNetwork } from './network-data';
import { useNotices } from './notices';

/**
 * Runs one change through the API the way every screen does: on success
 * what the change log says changed is refreshed (the network, the casussen)
 * and the message shown with "Ongedaan maken"; on failure the API's Dutch
 * message is shown. Returns whether it worked.
 */
export function useUndoableAction() {
  const { refresh } = useNetwork();
  const { notify } = useNotices();
  return useCallback(
    async (work: Promise<Result<unknown>>, message: string): Promise<boolean> => {
      const result = await work;
      if (!result.ok) {
        notify(result.error.message, { tone: 'error' });
        return false;
      }
      await refresh();
      notify(message, { undoable: true });
      return true;
    },
    [notify, refresh],
  );
}
