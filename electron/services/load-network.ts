import type { NetworkData } from '../../shared/network/network-data';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/** Every record the UI shows, archived ones included, read in one go. */
export async function loadNetwork(context: ServiceContext): Promise<NetworkData> {
  const all = { includeArchived: true };
  const [neighbourhoods, terms, organisations, persons, affiliations, offers, ties, logEntries] = await Promise.all([
    entityServices.neighbourhood.list(context, all),
    entityServices.taxonomyTerm.list(context, all),
    entityServices.organisation.list(context, all),
    entityServices.person.list(context, all),
    entityServices.affiliation.list(context, all),
    entityServices.offer.list(context, all),
    entityServices.tie.list(context, all),
    entityServices.logEntry.list(context, all),
  ]);
  return { neighbourhoods, terms, organisations, persons, affiliations, offers, ties, logEntries };
}
