import type { DemoNetwork, DemoOptions } from './demo-network';
import { daysBefore } from './random';

/**
 * Two people in the demo who changed jobs, as a departure records it: the
 * role ended some weeks ago, a colleague named as successor, and the offers
 * they were the contact of moved to that colleague. Search then shows them
 * as "vertrokken bij …" with the successor to call. Chosen by a fixed rule
 * (the first organisations, in the demo's order, where someone who is the
 * contact of an offer has a colleague), so the demo reads the same every time.
 */
export function applyDemoDepartures(network: DemoNetwork, options: DemoOptions): void {
  const leftDaysAgo = [18, 47];
  const roleCount = new Map<string, number>();
  for (const affiliation of network.affiliations) roleCount.set(affiliation.personId, (roleCount.get(affiliation.personId) ?? 0) + 1);
  let done = 0;
  for (const organisation of network.organisations) {
    if (done === leftDaysAgo.length) break;
    const here = network.affiliations.filter((affiliation) => affiliation.organisationId === organisation.id && !affiliation.until);
    // Someone with this one role, the contact of an offer here, and a colleague to take over.
    const leaving = here.find((affiliation) => roleCount.get(affiliation.personId) === 1 && network.offers.some((offer) => offer.organisationId === organisation.id && offer.contactPersonId === affiliation.personId));
    const successor = here.find((affiliation) => affiliation !== leaving);
    if (!leaving || !successor) continue;
    leaving.until = daysBefore(options.today, leftDaysAgo[done] ?? 30);
    leaving.successorPersonId = successor.personId;
    for (const offer of network.offers) if (offer.organisationId === organisation.id && offer.contactPersonId === leaving.personId) offer.contactPersonId = successor.personId;
    for (const match of network.casusMatches) if (match.personId === leaving.personId && !match.result) match.personId = successor.personId;
    done++;
  }
}
