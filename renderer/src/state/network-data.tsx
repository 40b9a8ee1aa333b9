import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EntityKind } from '../../../shared/domain/record';
import { networkDefinitions } from '../../../shared/domain/entity-registry';
import type { ApiClient } from '../../../shared/contract/api';
import { lastContactByPerson } from '../../../shared/analysis/last-contact';
import { loadNetworkData, patchNetworkData, type NetworkData } from '../../../shared/network/network-data';
import type { Affiliation } from '../../../shared/domain/affiliation';
import type { LogEntry } from '../../../shared/domain/log-entry';
import type { Neighbourhood } from '../../../shared/domain/neighbourhood';
import type { Offer } from '../../../shared/domain/offer';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import type { TaxonomyTerm } from '../../../shared/domain/taxonomy-term';
import type { Tie } from '../../../shared/domain/tie';
import { activeCounts, type NetworkCounts } from '../../../shared/domain/network-stats';
import { groupBy } from '../../../shared/collections/group-by';

export type { NetworkData };

/** Look-ups every screen needs, derived once per load. */
export interface NetworkIndex {
  term: Map<string, TaxonomyTerm>;
  neighbourhood: Map<string, Neighbourhood>;
  organisation: Map<string, Organisation>;
  person: Map<string, Person>;
  offer: Map<string, Offer>;
  affiliationsOfOrganisation: Map<string, Affiliation[]>;
  affiliationsOfPerson: Map<string, Affiliation[]>;
  offersOfOrganisation: Map<string, Offer[]>;
  /** Keyed `person:ID` or `organisation:ID`. */
  tiesOf: Map<string, Tie[]>;
  logEntriesOfPerson: Map<string, LogEntry[]>;
  /** Latest logged contact per person, `YYYY-MM-DD`. */
  lastContact: Map<string, string>;
}

interface NetworkStore {
  api: ApiClient;
  data: NetworkData | null;
  index: NetworkIndex | null;
  loadError: string | null;
  /**
   * What the first load brings, counted by a small query that answers long
   * before the network itself: the screen says what it waits for. Null
   * until counted.
   */
  loadingCounts: NetworkCounts | null;
  /** Reloads the network, and refreshes the screens whose records the change log says changed (after an erasure, which leaves no trace in the log). */
  reload: () => Promise<void>;
  /** After a change or an undo: refreshes exactly what the change log says changed, the network only if network records did. */
  refresh: () => Promise<void>;
  /**
   * Data a screen loads itself, to load again (and be awaited) whenever
   * records of these kinds changed: here, in another window, or from the
   * command line. Returns the way to stop watching.
   */
  watch: (kinds: readonly EntityKind[], reload: () => Promise<void>) => () => void;
}

/** The kinds the network load holds; a change to any other kind (casussen) leaves the network as it is. */
const networkKinds: ReadonlySet<EntityKind> = new Set(networkDefinitions.map((definition) => definition.kind));

const NetworkContext = createContext<NetworkStore | null>(null);

function byId<Item extends { id: string }>(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

export function buildIndex(data: NetworkData): NetworkIndex {
  // Archived links (a role someone left, a tie undone) are history, not the current network.
  const affiliations = data.affiliations.filter((affiliation) => affiliation.archivedAt === null);
  const ties = data.ties.filter((tie) => tie.archivedAt === null);
  const logEntries = data.logEntries.filter((entry) => entry.archivedAt === null);
  return {
    term: byId(data.terms),
    neighbourhood: byId(data.neighbourhoods),
    organisation: byId(data.organisations),
    person: byId(data.persons),
    offer: byId(data.offers),
    affiliationsOfOrganisation: groupBy(affiliations, (affiliation) => [affiliation.organisationId]),
    affiliationsOfPerson: groupBy(affiliations, (affiliation) => [affiliation.personId]),
    offersOfOrganisation: groupBy(data.offers, (offer) => [offer.organisationId]),
    tiesOf: groupBy(ties, (tie) => [`${tie.from.kind}:${tie.from.id}`, `${tie.to.kind}:${tie.to.id}`]),
    logEntriesOfPerson: groupBy(logEntries, (entry) => entry.personIds),
    lastContact: lastContactByPerson(logEntries),
  };
}

/**
 * Loads the network once, and follows the change log from then on: after a
 * change or an undo, and whenever the window comes back into focus (another
 * window or the command line may have written), it asks what changed. The
 * changed network records come with the answer and are patched into the
 * network in place (after an import, too many to patch, it is loaded
 * again); the data screens load themselves (the casussen) is loaded again
 * when its kinds changed. No screen shows the state from before an undo.
 */
export function NetworkProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [data, setData] = useState<NetworkData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadingCounts, setLoadingCounts] = useState<NetworkCounts | null>(null);
  // Asked before the network (the connection answers in order): a count, at once.
  useEffect(() => {
    void api.network.stats({}).then((result) => result.ok && setLoadingCounts(activeCounts(result.value)));
  }, [api]);
  const dependents = useRef(new Set<{ kinds: readonly EntityKind[]; reload: () => Promise<void> }>());
  /** The last change set this window has taken in; null until the first load. */
  const lastChange = useRef<number | null>(null);
  const loadNetwork = useCallback(async () => {
    try {
      setData(await loadNetworkData(api));
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [api]);
  /**
   * `always`: after something this window did (an erasure or a retention run
   * leaves no trace in the log, on purpose); `if-changed`: on focus.
   */
  const follow = useCallback(
    async (network: 'always' | 'if-changed') => {
      const since = await api.changes.since({ afterId: lastChange.current });
      if (!since.ok) return setLoadError(since.error.message);
      lastChange.current = since.value.lastId;
      const changed = since.value.kinds;
      const patch = since.value.network;
      const networkChanged = changed.some((kind) => networkKinds.has(kind));
      // A change of a few records patches the network in place (the records come with the answer); a large one loads it again.
      if (network === 'if-changed' && networkChanged && patch) setData((current) => (current ? patchNetworkData(current, patch) : current));
      // Awaited together, so whoever refreshes (a save, an undo) goes on with every screen's data in step.
      await Promise.all([
        ...(network === 'always' || (networkChanged && !patch) ? [loadNetwork()] : []),
        ...[...dependents.current].filter((dependent) => dependent.kinds.some((kind) => changed.includes(kind))).map((dependent) => dependent.reload()),
      ]);
    },
    [api, loadNetwork],
  );
  const reload = useCallback(() => follow('always'), [follow]);
  const refresh = useCallback(() => follow('if-changed'), [follow]);
  const watch = useCallback((kinds: readonly EntityKind[], reloadDependent: () => Promise<void>) => {
    const dependent = { kinds, reload: reloadDependent };
    dependents.current.add(dependent);
    return () => void dependents.current.delete(dependent);
  }, []);
  useEffect(() => {
    void follow('always');
    const onFocus = () => void follow('if-changed');
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [follow]);
  const index = useMemo(() => (data ? buildIndex(data) : null), [data]);
  const store = useMemo(() => ({ api, data, index, loadError, loadingCounts, reload, refresh, watch }), [api, data, index, loadError, loadingCounts, reload, refresh, watch]);
  return <NetworkContext.Provider value={store}>{children}</NetworkContext.Provider>;
}

export function useNetwork(): NetworkStore {
  const store = useContext(NetworkContext);
  if (!store) throw new Error('useNetwork outside NetworkProvider');
  return store;
}

/** For screens that render only once the data is there. */
export function useLoadedNetwork(): NetworkStore & { data: NetworkData; index: NetworkIndex } {
  const store = useNetwork();
  if (!store.data || !store.index) throw new Error('Network not loaded yet');
  return store as NetworkStore & { data: NetworkData; index: NetworkIndex };
}
