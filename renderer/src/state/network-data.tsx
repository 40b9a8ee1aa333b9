import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/contract/api';
import { lastContactByPerson } from '../../../shared/analysis/last-contact';
import { loadNetworkData, type NetworkData } from '../../../shared/network/network-data';
import type { Affiliation } from '../../../shared/domain/affiliation';
import type { LogEntry } from '../../../shared/domain/log-entry';
import type { Neighbourhood } from '../../../shared/domain/neighbourhood';
import type { Offer } from '../../../shared/domain/offer';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import type { TaxonomyTerm } from '../../../shared/domain/taxonomy-term';
import type { Tie } from '../../../shared/domain/tie';

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
  reload: () => Promise<void>;
}

const NetworkContext = createContext<NetworkStore | null>(null);

function groupBy<Item>(items: readonly Item[], keysOf: (item: Item) => readonly string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

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

/** Loads the network once and again after every change. */
export function NetworkProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [data, setData] = useState<NetworkData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await loadNetworkData(api));
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const index = useMemo(() => (data ? buildIndex(data) : null), [data]);
  const store = useMemo(() => ({ api, data, index, loadError, reload }), [api, data, index, loadError, reload]);
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
