import { dueVisits, type DueVisit } from '../../shared/analysis/due-visits';
import { betweenness } from '../../shared/analysis/betweenness';
import { createHash } from 'node:crypto';
import { networkGraph, networkLinks } from '../../shared/analysis/network-structure';
import { shiftDate } from '../../shared/dates/shift-date';
import { hasLeft } from '../../shared/domain/affiliation';
import { groupBy } from '../../shared/collections/group-by';
import { loadNetwork } from './load-network';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

/**
 * The "Tijd voor een bezoek" list, for the screens and the CLI alike: the
 * network's betweenness (how much runs through each organisation) and each
 * organisation's casus use in the last year (handovers to its offers or
 * people) weigh in. Only counts leave the casus data.
 */
export async function dueVisitsFor(context: ServiceContext, today: string, neighbourhoodId: string | null): Promise<DueVisit[]> {
  const [data, matches] = await Promise.all([loadNetwork(context), entityServices.casusMatch.list(context, { includeArchived: false })]);
  const yearAgo = shiftDate(today, -365);
  const organisationOfOffer = new Map(data.offers.map((offer) => [offer.id, offer.organisationId]));
  const rolesOfPerson = groupBy(data.affiliations.filter((affiliation) => affiliation.archivedAt === null && !hasLeft(affiliation)), (affiliation) => [affiliation.personId]);
  const casusUse = new Map<string, number>();
  for (const match of matches) {
    if (!match.handoverOn || match.handoverOn < yearAgo) continue;
    const organisations = new Set([...(match.offerId ? [organisationOfOffer.get(match.offerId) ?? ''] : []), ...(match.personId ? (rolesOfPerson.get(match.personId) ?? []).map((role) => role.organisationId) : [])].filter(Boolean));
    for (const id of organisations) casusUse.set(id, (casusUse.get(id) ?? 0) + 1);
  }
  return dueVisits(data, { today, neighbourhoodId, betweenness: betweennessOf(data), casusUse });
}

/**
 * The network's betweenness, kept for the last network shape asked about:
 * choosing another wijk, or ticking a stop, asks again, and at fifty times
 * the demo each computation takes seconds. The key is a hash of every node
 * and link, so any change in who is connected to whom computes it anew.
 */
let lastBetweenness: { key: string; values: ReadonlyMap<string, number> } | null = null;
function betweennessOf(data: Parameters<typeof networkLinks>[0]): ReadonlyMap<string, number> {
  const links = networkLinks(data);
  const hash = createHash('sha256');
  for (const id of links.nodeIds) hash.update(`${id}\n`);
  for (const [source, target] of links.links) hash.update(`${source}|${target}\n`);
  const key = hash.digest('hex');
  if (lastBetweenness?.key !== key) lastBetweenness = { key, values: new Map(Object.entries(betweenness(networkGraph(links)).values)) };
  return lastBetweenness.values;
}
