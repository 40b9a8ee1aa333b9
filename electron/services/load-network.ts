import { networkDefinitions } from '../../shared/domain/entity-registry';
import type { NetworkData } from '../../shared/network/network-data';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/** Every record the UI shows, archived ones included, read in one go: each kind the registry puts in the network load. */
export async function loadNetwork(context: ServiceContext): Promise<NetworkData> {
  const lists = await Promise.all(networkDefinitions.map((definition) => entityServices[definition.kind].list(context, { includeArchived: true })));
  return Object.fromEntries(networkDefinitions.map((definition, position) => [definition.collection, lists[position]])) as NetworkData;
}
