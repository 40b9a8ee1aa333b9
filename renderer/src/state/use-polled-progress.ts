import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/contract/result';

const pollEveryMs = 500;

/**
 * A long task's progress (an import, an analysis), asked every half second
 * while `active`: the main process answers at once while the task runs.
 */
export function usePolledProgress<Progress>(ask: (input: Record<string, never>) => Promise<Result<Progress | null>>, active: boolean): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return setProgress(null);
    let stopped = false;
    const askNow = async () => {
      const result = await ask({});
      if (!stopped && result.ok) setProgress(result.value);
    };
    void askNow();
    const timer = window.setInterval(() => void askNow(), pollEveryMs);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [ask, active]);
  return progress;
}
