import type { Casus } from '../domain/casus';
import type { CasusMatch } from '../domain/casus-match';
import type { NetworkData } from '../network/network-data';

/** Two organisations that keep meeting through casussen: the referrer's and the one that took the resident in. */
export interface CasusCollaboration {
  organisationIds: [string, string];
  casusCount: number;
  /** Whether a tie between them (or their people) is already recorded. */
  tied: boolean;
}

/** From this many shared casussen on, the cooperation is a fact worth showing. */
const REPEATED = 2;

/**
 * Organisations that work together through casussen: the referrer's
 * organisation and the organisation of the matched offer (or person),
 * counted per pair over distinct casussen, from two on. Shown on the map as
 * ties of their own and in the analysis, with whether a tie is recorded.
 */
export function casusCollaborations(data: NetworkData, casussen: readonly Casus[], matches: readonly CasusMatch[]): CasusCollaboration[] {
  const homeOf = new Map<string, string>();
  for (const affiliation of data.affiliations) if (affiliation.archivedAt === null && !homeOf.has(affiliation.personId)) homeOf.set(affiliation.personId, affiliation.organisationId);
  const offerOrganisation = new Map(data.offers.map((offer) => [offer.id, offer.organisationId]));
  const referrerOrganisation = new Map(casussen.filter((casus) => casus.archivedAt === null && casus.referrerPersonId).map((casus) => [casus.id, homeOf.get(casus.referrerPersonId ?? '')]));
  const casussenPerPair = new Map<string, Set<string>>();
  for (const match of matches) {
    if (match.archivedAt !== null) continue;
    const from = referrerOrganisation.get(match.casusId);
    const to = (match.offerId ? offerOrganisation.get(match.offerId) : undefined) ?? (match.personId ? homeOf.get(match.personId) : undefined);
    if (!from || !to || from === to) continue;
    const pair = [from, to].sort().join('|');
    casussenPerPair.set(pair, (casussenPerPair.get(pair) ?? new Set()).add(match.casusId));
  }
  const organisationOf = (end: { kind: string; id: string }) => (end.kind === 'organisation' ? end.id : homeOf.get(end.id));
  const tiedPairs = new Set(
    data.ties.filter((tie) => tie.archivedAt === null).flatMap((tie) => {
      const from = organisationOf(tie.from);
      const to = organisationOf(tie.to);
      return from && to && from !== to ? [[from, to].sort().join('|')] : [];
    }),
  );
  return [...casussenPerPair.entries()]
    .filter(([, ids]) => ids.size >= REPEATED)
    .map(([pair, ids]) => ({ organisationIds: pair.split('|') as [string, string], casusCount: ids.size, tied: tiedPairs.has(pair) }))
    .sort((left, right) => right.casusCount - left.casusCount || left.organisationIds.join().localeCompare(right.organisationIds.join()));
}
