import type { Casus } from '../domain/casus';
import type { CasusMatch } from '../domain/casus-match';
import { casusCollaborations, type CasusCollaboration } from './casus-collaborations';
import type { NetworkData } from '../network/network-data';
import { coverageMatrix, type CoverageMatrix } from './coverage';
import { duplicateOrganisations, duplicatePersons, type DuplicatePair } from './duplicate-records';
import { followUps } from './follow-ups';
import { termIdsWithRole } from '../taxonomies/term-roles';
import { networkStructure, type NetworkStructure } from './network-structure';
import { overlappingOffers, type OverlapGroup } from './overlapping-offers';

/** The parts of the analysis in the order they run, as the progress bar names them (the network is read first, where it is stored). */
export const analysisPhases = ['netwerk lezen', 'dubbele records', 'aanbod en dekking', 'structuur', 'makelaarspositie', 'samenwerkingsclusters'] as const;
export type AnalysisPhase = (typeof analysisPhases)[number];

/** Told as the analysis goes: the part it is in, and how far it is in all (0..1). */
export type AnalysisProgressListener = (phase: AnalysisPhase, fraction: number) => void;

/**
 * Each part's share of the whole, as measured at ten and fifty times the
 * demo: betweenness takes most; the quick parts share the rest.
 */
const phaseShares: Record<AnalysisPhase, number> = { 'netwerk lezen': 0.1, 'dubbele records': 0.15, 'aanbod en dekking': 0.1, structuur: 0.1, makelaarspositie: 0.4, samenwerkingsclusters: 0.15 };

/** Turns a part's own progress (0..1) into the whole's, for the listener. */
function phaseReporter(listener: AnalysisProgressListener | undefined): (phase: AnalysisPhase, withinPhase: number) => void {
  if (!listener) return () => undefined;
  return (phase, withinPhase) => {
    let before = 0;
    for (const earlier of analysisPhases) {
      if (earlier === phase) break;
      before += phaseShares[earlier];
    }
    listener(phase, Math.min(1, before + phaseShares[phase] * withinPhase));
  };
}

/** The coverage matrices, one per dimension an offer is tagged with, in the order the screen offers them. */
export const coverageKeys = ['themes', 'targetGroups', 'lifeDomains', 'pgDimensions'] as const;
export type CoverageKey = (typeof coverageKeys)[number];
const coverageDimensionOf: Record<CoverageKey, CoverageMatrix['dimension']> = { themes: 'theme', targetGroups: 'target_group', lifeDomains: 'life_domain', pgDimensions: 'pg_dimension' };

export interface NetworkAnalysis {
  duplicates: { organisations: DuplicatePair[]; persons: DuplicatePair[] };
  overlaps: OverlapGroup[];
  coverage: Record<CoverageKey, CoverageMatrix>;
  /** Offers only in the daytime for people who work or go to school then. */
  daytimeOnly: { offerId: string; targetGroupId: string }[];
  /** Casus needs that found no match: demand without supply, by theme and neighbourhood. */
  unmetNeeds: { casusId: string; code: string; neighbourhoodId: string | null; needIds: string[]; reason: string }[];
  organisationsWithoutPeople: string[];
  staleWarmContacts: { personId: string; lastContact: string | null }[];
  unverifiedOffers: string[];
  /** Organisations that work together through casussen (two or more). */
  casusCollaborations: CasusCollaboration[];
  structure: NetworkStructure;
}

/**
 * Every finding at once: what `analyse` prints and the Analyse screen lists.
 * Casussen come separately: they are not part of the network the UI loads.
 */
export function analyseNetwork(data: NetworkData, casussen: readonly Casus[], today: string, casusMatches: readonly CasusMatch[] = [], onProgress?: AnalysisProgressListener): NetworkAnalysis {
  const report = phaseReporter(onProgress);
  report('dubbele records', 0);
  const organisationsOfPerson = new Map<string, string[]>();
  const staffed = new Set<string>();
  const activePersons = new Set(data.persons.filter((person) => person.archivedAt === null).map((person) => person.id));
  for (const affiliation of data.affiliations) {
    if (affiliation.archivedAt) continue;
    const list = organisationsOfPerson.get(affiliation.personId);
    if (list) list.push(affiliation.organisationId);
    else organisationsOfPerson.set(affiliation.personId, [affiliation.organisationId]);
    if (activePersons.has(affiliation.personId)) staffed.add(affiliation.organisationId);
  }
  const due = followUps(data, today);
  // Target groups that mostly cannot come in the daytime (people who work, or are at school), by their role.
  const notInDaytime = termIdsWithRole(data.terms, 'niet_overdag');
  const duplicates = {
    organisations: duplicateOrganisations(data.organisations),
    persons: duplicatePersons(data.persons, (personId) => organisationsOfPerson.get(personId) ?? []),
  };
  report('aanbod en dekking', 0);
  const overlaps = overlappingOffers(data);
  const coverage = Object.fromEntries(coverageKeys.map((key) => [key, coverageMatrix(data, coverageDimensionOf[key])])) as Record<CoverageKey, CoverageMatrix>;
  const collaborations = casusCollaborations(data, casussen, casusMatches);
  const structure = networkStructure(data, report);
  report('samenwerkingsclusters', 1);
  return {
    duplicates,
    overlaps,
    coverage,
    daytimeOnly: data.offers
      .filter((offer) => offer.archivedAt === null && offer.status === 'actief' && offer.timesOfDay.length > 0 && offer.timesOfDay.every((time) => time === 'ochtend' || time === 'middag'))
      .flatMap((offer) => offer.targetGroupIds.filter((id) => notInDaytime.has(id)).map((targetGroupId) => ({ offerId: offer.id, targetGroupId }))),
    unmetNeeds: casussen
      .filter((casus) => casus.archivedAt === null && casus.status === 'geen_passend_aanbod')
      .map((casus) => ({ casusId: casus.id, code: casus.code, neighbourhoodId: casus.neighbourhoodId, needIds: casus.needIds, reason: casus.unmetNeedReason })),
    organisationsWithoutPeople: data.organisations.filter((organisation) => organisation.archivedAt === null && !staffed.has(organisation.id)).map((organisation) => organisation.id),
    staleWarmContacts: due.coolingContacts.map(({ person, lastContact }) => ({ personId: person.id, lastContact })),
    unverifiedOffers: due.listings.flatMap(({ staleOffers }) => staleOffers.map((offer) => offer.id)),
    casusCollaborations: collaborations,
    structure,
  };
}
