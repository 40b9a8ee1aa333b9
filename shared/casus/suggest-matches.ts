import { formatDate } from '../dates/format-date';
import type { Casus } from '../domain/casus';
import { describeSession, timesOfDayFor, timesOfDayOf, type Offer } from '../domain/offer';
import type { Person } from '../domain/person';
import { shiftDate } from '../dates/shift-date';
import type { NetworkData } from '../network/network-data';
import { termIdsWithRole } from '../taxonomies/term-roles';
import { accessibility, ageRole, language, timeOfDay } from '../domain/vocabulary';

/** One offer to suggest for a casus, with the named person to call about it. */
export interface MatchSuggestion {
  offerId: string;
  organisationId: string;
  /** Whom the broker calls: the offer's contact person, else the warmest person at the organisation. */
  personId: string | null;
  score: number;
  /** Why, in the order that weighed most; Dutch, one phrase each. */
  reasons: string[];
}

/**
 * How much each consideration weighs. Need fit dominates (an offer that does
 * not meet the need is no help however warm the contact); neighbourhood, barriers
 * and access come next; verification and the broker's warmth decide between
 * otherwise equal offers.
 */
const weights = {
  needFit: 100,
  sameNeighbourhood: 25,
  buurtInNeighbourhood: 15,
  wholeDistrict: 12,
  cityWide: 8,
  otherNeighbourhoodWithMobilityBarrier: -20,
  targetGroupFits: 10,
  targetGroupOther: -30,
  freeWithMoneyBarrier: 10,
  paidWithMoneyBarrier: -25,
  openAccessWithBarriers: 8,
  referralOnlyWithBarriers: -25,
  referralOnly: -5,
  eveningOrWeekendWithTimeBarrier: 6,
  daytimeOnlyWithTimeBarrier: -15,
  whenTheyCan: 12,
  notWhenTheyCan: -35,
  sharedLanguage: 15,
  forLanguageLearners: 10,
  noSharedLanguage: -40,
  languageUnknown: -8,
  accessible: 10,
  notAccessible: -40,
  accessibilityUnknown: -10,
  verifiedThisYear: 6,
  notVerified: -10,
  waitingList: -5,
  warmContact: 12,
  lukewarmContact: 5,
  noContact: -3,
  inactive: -60,
} as const;


const warmthRank = { warm: 2, lauw: 1, koud: 0 } as const;

interface Scored {
  score: number;
  reasons: { weight: number; text: string }[];
}

/**
 * Ranked offers for a casus, each with a person to call and the reasons.
 * Offers that meet none of the casus' needs are left out when it has needs;
 * archived or inactive offers stay in, ranked low, so the broker sees why
 * a familiar one is not on top.
 */
export function suggestMatches(casus: Casus, data: NetworkData, today: string, limit = 10): MatchSuggestion[] {
  const termLabel = new Map(data.terms.map((term) => [term.id, term.label]));
  const neighbourhoodName = new Map(data.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.name]));
  const parentOf = new Map(data.neighbourhoods.map((neighbourhood) => [neighbourhood.id, neighbourhood.parentId]));
  const organisationsById = new Map(data.organisations.map((organisation) => [organisation.id, organisation]));
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const staff = new Map<string, Person[]>();
  for (const affiliation of data.affiliations) {
    const person = persons.get(affiliation.personId);
    if (affiliation.archivedAt !== null || !person || person.archivedAt !== null) continue;
    const colleagues = staff.get(affiliation.organisationId);
    if (colleagues) colleagues.push(person);
    else staff.set(affiliation.organisationId, [person]);
  }
  const yearAgo = shiftDate(today, -365);
  const casusNeighbourhood = casus.neighbourhoodId;
  const ancestorsOf = (id: string): string[] => {
    const found: string[] = [];
    for (let parent = parentOf.get(id) ?? null; parent !== null && !found.includes(parent); parent = parentOf.get(parent) ?? null) found.push(parent);
    return found;
  };
  const aroundCasus = casusNeighbourhood ? ancestorsOf(casusNeighbourhood) : [];
  // Target groups by role, whatever the broker calls them: those that serve the casus's age band, and those defined by a situation (never a mismatch on age alone).
  const ageGroups = casus.ageBand ? termIdsWithRole(data.terms, ageRole[casus.ageBand]) : new Set<string>();
  const situationGroups = termIdsWithRole(data.terms, 'situatie');

  const contactFor = (offer: Offer): Person | null => {
    const named = offer.contactPersonId ? persons.get(offer.contactPersonId) : undefined;
    if (named && named.archivedAt === null) return named;
    const candidates = [...(staff.get(offer.organisationId) ?? [])].sort(
      (left, right) => (right.brokerWarmth ? warmthRank[right.brokerWarmth] : -1) - (left.brokerWarmth ? warmthRank[left.brokerWarmth] : -1) || left.name.localeCompare(right.name, 'nl'),
    );
    return candidates[0] ?? null;
  };

  type Add = (weight: number, text: string) => void;
  const names = <Code extends string>(codes: readonly Code[], labels: Record<Code, string>) => codes.map((code) => labels[code]).join(', ');

  /** When they can take part against when it runs: its sessions (each in words), else its dagdelen. Without her availability, evenings and weekends count as the easier times. */
  const timeFit = (offer: Offer, add: Add) => {
    const parts = timesOfDayFor(offer.sessions, offer.timesOfDay);
    if (parts.length === 0) return;
    const when = offer.sessions.length > 0 ? offer.sessions.map(describeSession).join('; ') : names(parts, timeOfDay.labels);
    if (casus.availability.length > 0) {
      // By session where they have hours; else by the dagdelen.
      const timed = offer.sessions.filter((session) => session.startsAt !== null);
      const fitting = timed.filter((session) => timesOfDayOf([session]).some((part) => casus.availability.includes(part)));
      // The dagdelen hold every session's own, so a fitting session always shows here too.
      const fits = parts.some((part) => casus.availability.includes(part));
      if (fits) add(weights.whenTheyCan, `op een moment dat kan: ${fitting.length > 0 ? fitting.map(describeSession).join('; ') : when}`);
      else add(weights.notWhenTheyCan, `${when}, en dat kan niet (kan: ${names(casus.availability, timeOfDay.labels)})`);
      return;
    }
    const outsideWorkingHours = parts.some((time) => time === 'avond' || time === 'weekend');
    add(outsideWorkingHours ? weights.eveningOrWeekendWithTimeBarrier : weights.daytimeOnlyWithTimeBarrier, outsideWorkingHours ? "ook 's avonds of in het weekend" : 'alleen overdag');
  };

  /** A language barrier: an offer in a language they speak, else one for people learning Dutch; one only in other languages is far down. */
  const languageFit = (offer: Offer, add: Add) => {
    // Which languages the resident speaks is not filled in (a casus from before it was asked): only learners' offers can be told apart.
    if (casus.languages.length === 0) {
      if (offer.forLanguageLearners) add(weights.forLanguageLearners, 'ook voor wie Nederlands leert');
      return;
    }
    const shared = offer.languages.filter((code) => code !== 'nl' && casus.languages.includes(code));
    if (shared.length > 0) add(weights.sharedLanguage, `in het ${names(shared, language.labels)}`);
    else if (offer.forLanguageLearners) add(weights.forLanguageLearners, 'ook voor wie Nederlands leert');
    else if (offer.languages.length === 0) add(weights.languageUnknown, 'onbekend in welke taal');
    else add(weights.noSharedLanguage, `alleen in het ${names(offer.languages, language.labels)}`);
  };

  /** What the place must offer them: all of it said, some of it missing, or not known. */
  const accessibilityFit = (offer: Offer, add: Add) => {
    const missing = casus.accessibilityNeeds.filter((need) => !offer.accessibility.includes(need));
    if (missing.length === 0) add(weights.accessible, names(casus.accessibilityNeeds, accessibility.labels));
    else if (offer.accessibility.length === 0) add(weights.accessibilityUnknown, `onbekend of het ${names(missing, accessibility.labels)} is`);
    else add(weights.notAccessible, `niet ${names(missing, accessibility.labels)}`);
  };

  const score = (offer: Offer, contact: Person | null): Scored | null => {
    const reasons: Scored['reasons'] = [];
    const add = (weight: number, text: string) => reasons.push({ weight, text });
    const offered = new Set([...offer.themeIds, ...offer.lifeDomainIds, ...offer.pgDimensionIds]);
    const met = casus.needIds.filter((need) => offered.has(need));
    if (casus.needIds.length > 0) {
      if (met.length === 0) return null;
      add((weights.needFit * met.length) / casus.needIds.length, `past bij ${met.map((need) => termLabel.get(need) ?? need).join(' en ')}`);
    }
    if (casusNeighbourhood) {
      const neighbourhoods = offer.neighbourhoodIds;
      const buurt = neighbourhoods.find((id) => ancestorsOf(id).includes(casusNeighbourhood));
      const district = neighbourhoods.find((id) => aroundCasus.includes(id));
      if (neighbourhoods.includes(casusNeighbourhood)) add(weights.sameNeighbourhood, `in de eigen wijk (${neighbourhoodName.get(casusNeighbourhood) ?? casusNeighbourhood})`);
      else if (buurt) add(weights.buurtInNeighbourhood, `in ${neighbourhoodName.get(buurt) ?? buurt}, in de eigen wijk`);
      else if (district) add(weights.wholeDistrict, `voor heel ${neighbourhoodName.get(district) ?? district}`);
      else if (neighbourhoods.length === 0) add(weights.cityWide, 'stadsbreed aanbod');
      else {
        const elsewhere = neighbourhoods.map((id) => neighbourhoodName.get(id) ?? id).join(', ');
        if (casus.barriers.includes('mobiliteit')) add(weights.otherNeighbourhoodWithMobilityBarrier, `in ${elsewhere}, en vervoer is een drempel`);
        else add(0, `in ${elsewhere}`);
      }
    }
    if (ageGroups.size > 0 && offer.targetGroupIds.length > 0) {
      const fitting = offer.targetGroupIds.filter((id) => ageGroups.has(id));
      if (fitting.length > 0) add(weights.targetGroupFits, `voor ${fitting.map((id) => termLabel.get(id) ?? id).join(', ')}`);
      else if (!offer.targetGroupIds.some((id) => situationGroups.has(id))) add(weights.targetGroupOther, `bedoeld voor ${offer.targetGroupIds.map((id) => termLabel.get(id) ?? id).join(', ')}`);
    }
    const hasBarriers = casus.barriers.length > 0;
    if (casus.barriers.includes('geld')) add(offer.isFree ? weights.freeWithMoneyBarrier : weights.paidWithMoneyBarrier, offer.isFree ? 'gratis' : `kost geld (${offer.cost || 'bedrag onbekend'})`);
    if (offer.access === 'verwijzing' || offer.access === 'indicatie') {
      add(hasBarriers ? weights.referralOnlyWithBarriers : weights.referralOnly, offer.access === 'indicatie' ? 'alleen met indicatie' : 'alleen met verwijzing');
    } else if (offer.access === 'vrije_inloop' && hasBarriers) {
      add(weights.openAccessWithBarriers, 'vrije inloop');
    }
    if (casus.barriers.includes('tijdstip')) timeFit(offer, add);
    if (casus.barriers.includes('taal')) languageFit(offer, add);
    if (casus.accessibilityNeeds.length > 0) accessibilityFit(offer, add);
    if (offer.verifiedOn && offer.verifiedOn >= yearAgo) add(weights.verifiedThisYear, `gecontroleerd op ${formatDate(offer.verifiedOn)}`);
    else add(weights.notVerified, offer.verifiedOn ? `niet gecontroleerd sinds ${formatDate(offer.verifiedOn)}` : 'nooit gecontroleerd');
    if (offer.hasWaitingList) add(weights.waitingList, 'wachtlijst');
    if (!contact) add(weights.noContact, 'geen contactpersoon bekend');
    else if (contact.brokerWarmth === 'warm') add(weights.warmContact, `je kent ${contact.name} goed`);
    else if (contact.brokerWarmth === 'lauw') add(weights.lukewarmContact, `je kent ${contact.name}`);
    if (offer.archivedAt !== null || offer.status !== 'actief' || organisationsById.get(offer.organisationId)?.archivedAt) add(weights.inactive, offer.archivedAt !== null ? 'gearchiveerd' : `status: ${offer.status}`);
    return { score: reasons.reduce((sum, reason) => sum + reason.weight, 0), reasons };
  };

  const suggestions: MatchSuggestion[] = [];
  for (const offer of data.offers) {
    const contact = contactFor(offer);
    const scored = score(offer, contact);
    if (!scored) continue;
    suggestions.push({
      offerId: offer.id,
      organisationId: offer.organisationId,
      personId: contact?.id ?? null,
      score: Math.round(scored.score * 10) / 10,
      reasons: [...scored.reasons].sort((left, right) => Math.abs(right.weight) - Math.abs(left.weight)).map((reason) => reason.text),
    });
  }
  const titleOf = new Map(data.offers.map((offer) => [offer.id, offer.title]));
  return suggestions.sort((left, right) => right.score - left.score || (titleOf.get(left.offerId) ?? '').localeCompare(titleOf.get(right.offerId) ?? '', 'nl')).slice(0, limit);
}
