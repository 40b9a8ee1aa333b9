import { useEffect, useState } from 'react';
import type { NetworkAnalysis } from '../../../../shared/analysis/analyse-network';
import type { ApiClient } from '../../../../shared/contract/api';
import type { NetworkData } from '../../../../shared/network/network-data';
import { localToday } from '../../clock';
import { useNotices } from '../../state/notices';

/**
 * The analysis behind the map's overlays and betweenness sizes. It matters to
 * the map only for those, so it is computed (and its reading of casussen
 * logged) only once one of them is asked for: a second at 5,000 nodes.
 * Until a fresh one arrives after an edit the previous one is shown: better
 * than overlays blinking out.
 */
export function useNetworkAnalysis(api: ApiClient, data: NetworkData, wanted: boolean): { analysis: NetworkAnalysis | null; pending: boolean } {
  const { notify } = useNotices();
  const [analysis, setAnalysis] = useState<{ of: NetworkData; value: NetworkAnalysis } | null>(null);
  useEffect(() => {
    if (!wanted || analysis?.of === data) return;
    let current = true;
    void api.network.analyse({ today: localToday() }).then((result) => {
      if (!current) return;
      if (result.ok) setAnalysis({ of: data, value: result.value });
      else notify(result.error.message, { tone: 'error' });
    });
    return () => {
      current = false;
    };
  }, [api, data, wanted, analysis, notify]);
  return { analysis: wanted ? (analysis?.value ?? null) : null, pending: wanted && !analysis };
}
