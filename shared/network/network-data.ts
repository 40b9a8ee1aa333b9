import type { ApiClient } from '../contract/api';
import type { Result } from '../contract/result';
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

function unwrap<Value>(result: Result<Value>): Value {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Loads the network through the API: the renderer and the CLI share this. */
export async function loadNetworkData(api: ApiClient): Promise<NetworkData> {
  const all = { includeArchived: true };
  const [neighbourhoods, terms, organisations, persons, affiliations, offers, ties, logEntries] = await Promise.all([
    api.neighbourhood.list(all),
    api.taxonomyTerm.list({}),
    api.organisation.list(all),
    api.person.list(all),
    api.affiliation.list({}),
    api.offer.list(all),
    api.tie.list({}),
    api.logEntry.list({}),
  ]);
  return {
    neighbourhoods: unwrap(neighbourhoods),
    terms: unwrap(terms),
    organisations: unwrap(organisations),
    persons: unwrap(persons),
    affiliations: unwrap(affiliations),
    offers: unwrap(offers),
    ties: unwrap(ties),
    logEntries: unwrap(logEntries),
  };
}
