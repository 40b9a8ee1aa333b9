import type { Casus } from '../../../../shared/domain/casus';
import type { CasusFollowUp } from '../../../../shared/domain/casus-follow-up';
import type { CasusMatch } from '../../../../shared/domain/casus-match';
import type { Result } from '../../../../shared/contract/result';
import type { EntityKind } from '../../../../shared/domain/record';
import { entityDefinitions } from '../../../../shared/domain/entity-registry';
import { useLoadedNetwork } from '../../state/network-data';
import { useApiQuery } from '../../state/use-api-query';

export interface CasusData {
  casussen: Casus[];
  matches: CasusMatch[];
  followUps: CasusFollowUp[];
}

/** Every kind of casus data, by the registry's mark. */
const casusKinds: readonly EntityKind[] = entityDefinitions.filter((definition) => definition.sensitive === 'casus').map((definition) => definition.kind);

/**
 * Casussen are loaded here, not with the network: they are sensitive, and
 * each load is written to the access log, so only the Casussen screens read
 * them. They load again whenever casus records change (a change here, an
 * undo, another window), and only then.
 */
export function useCasussen() {
  const { api } = useLoadedNetwork();
  const { value, error } = useApiQuery(
    async (): Promise<Result<CasusData>> => {
      const [casussen, matches, followUps] = await Promise.all([api.casus.list({ includeArchived: true }), api.casusMatch.list({}), api.casusFollowUp.list({})]);
      if (!casussen.ok) return casussen;
      if (!matches.ok) return matches;
      if (!followUps.ok) return followUps;
      return { ok: true, value: { casussen: casussen.value, matches: matches.value, followUps: followUps.value } };
    },
    [api],
    casusKinds,
  );
  return { data: value, error };
}
