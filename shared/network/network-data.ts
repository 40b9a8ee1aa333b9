import type { ApiClient } from '../contract/api';
import type { Affiliation } from '../domain/affiliation';
import type { LogEntry } from '../domain/log-entry';
import type { Neighbourhood } from '../domain/neighbourhood';
import type { Offer } from '../domain/offer';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { TaxonomyTerm } from '../domain/taxonomy-term';
import type { Tie } from '../domain/tie';

/** The whole network as the UI and the search see it (archived records included). */
export interface NetworkData {
  neighbourhoods: Neighbourhood[];
  terms: TaxonomyTerm[];
  organisations: Organisation[];
  persons: Person[];
  affiliations: Affiliation[];
  offers: Offer[];
  ties: Tie[];
  logEntries: LogEntry[];
}

/** Loads the network through the API in one call: the renderer and the CLI share this. */
export async function loadNetworkData(api: ApiClient): Promise<NetworkData> {
  const result = await api.network.load({});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
