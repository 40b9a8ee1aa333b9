import { useCallback, useEffect, useState } from 'react';
import type { Casus } from '../../../../shared/domain/casus';
import type { CasusFollowUp } from '../../../../shared/domain/casus-follow-up';
import type { CasusMatch } from '../../../../shared/domain/casus-match';
import { useLoadedNetwork } from '../../state/network-data';

export interface CasusData {
  casussen: Casus[];
  matches: CasusMatch[];
  followUps: CasusFollowUp[];
}

/**
 * Casussen are loaded here, not with the network: they are sensitive, and
 * each load is written to the access log, so only the Casussen screens read them.
 */
export function useCasussen() {
  const { api } = useLoadedNetwork();
  const [data, setData] = useState<CasusData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const [casussen, matches, followUps] = await Promise.all([api.casus.list({ includeArchived: true }), api.casusMatch.list({}), api.casusFollowUp.list({})]);
    if (!casussen.ok || !matches.ok || !followUps.ok) {
      setError([casussen, matches, followUps].flatMap((result) => (result.ok ? [] : [result.error.message])).join(' '));
      return;
    }
    setData({ casussen: casussen.value, matches: matches.value, followUps: followUps.value });
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}
