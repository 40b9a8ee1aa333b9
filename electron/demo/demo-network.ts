import type { z } from 'zod';
import type { affiliationCreate } from '../../shared/domain/affiliation';
import type { casusCreate } from '../../shared/domain/casus';
import type { casusFollowUpCreate } from '../../shared/domain/casus-follow-up';
import type { casusMatchCreate } from '../../shared/domain/casus-match';
import type { logEntryCreate } from '../../shared/domain/log-entry';
import type { neighbourhoodCreate } from '../../shared/domain/neighbourhood';
import type { offerCreate } from '../../shared/domain/offer';
import type { organisationCreate } from '../../shared/domain/organisation';
import type { personCreate } from '../../shared/domain/person';
import type { tieCreate } from '../../shared/domain/tie';
import { generateCasussen } from './demo-casussen';
import { addDemoOutcomes } from './demo-outcomes';
import { addDemoOfferDetails } from './demo-offer-details';
import { generateLogEntries } from './demo-log-entries';
import { generateOffers } from './demo-offers';
import { generateOrganisations } from './demo-organisations-build';
import { generatePeople } from './demo-people';
import { districtId, demoNeighbourhoods } from './demo-places';
import { applyDemoDepartures } from './demo-departures';
import { SeededRandom } from './random';
import { generateTies } from './demo-ties';

type WithId<Input> = Input & { id: string };

/** The whole demo network as create inputs with fixed ids, parents first. */
export interface DemoNetwork {
  neighbourhoods: WithId<z.input<typeof neighbourhoodCreate>>[];
  organisations: WithId<z.input<typeof organisationCreate>>[];
  persons: WithId<z.input<typeof personCreate>>[];
  affiliations: WithId<z.input<typeof affiliationCreate>>[];
  offers: WithId<z.input<typeof offerCreate>>[];
  logEntries: WithId<z.input<typeof logEntryCreate>>[];
  ties: WithId<z.input<typeof tieCreate>>[];
  /** Ties made or strengthened in a log entry (linked once both exist). */
  logEntryTies: { logEntryId: string; tieIds: string[] }[];
  casussen: WithId<z.input<typeof casusCreate>>[];
  casusMatches: WithId<z.input<typeof casusMatchCreate>>[];
  casusFollowUps: WithId<z.input<typeof casusFollowUpCreate>>[];
}

export interface DemoOptions {
  seed: number;
  /** The demo's "today" (`YYYY-MM-DD`): history lies in the two years before it. */
  today: string;
}

/**
 * Generates the fictional demo network of Rotterdam Noord: the same seed and
 * date always give the same network. It carries real signal for the
 * analysis: overlapping offers without ties, neighbourhood/theme gaps, duplicate
 * records, warm contacts not seen for over a year, and unmet casus needs.
 */
export function generateDemoNetwork(options: DemoOptions): DemoNetwork {
  const random = new SeededRandom(options.seed);
  const neighbourhoods = [
    { id: districtId, name: 'Rotterdam Noord', parentId: null },
    ...demoNeighbourhoods.map((neighbourhood) => ({ id: neighbourhood.id, name: neighbourhood.name, parentId: districtId, postcodeAreas: [...neighbourhood.postcodeDigits] })),
  ];
  const organisations = generateOrganisations(random, options.today);
  const people = generatePeople(random, options.today, organisations);
  const offers = generateOffers(random, options.today, organisations, people);
  const log = generateLogEntries(random, options.today, organisations, people);
  const ties = generateTies(random, options.today, organisations, people, log);
  const casussen = generateCasussen(random, options.today, organisations, people, offers);
  addDemoOutcomes(casussen, new SeededRandom(options.seed + 13), options.today);
  addDemoOfferDetails(offers, new SeededRandom(options.seed + 17));
  const network: DemoNetwork = {
    neighbourhoods,
    organisations: organisations.map((organisation) => organisation.input),
    persons: people.persons,
    affiliations: people.affiliations,
    offers: offers.map((offer) => offer.input),
    logEntries: log.entries,
    ties: ties.ties,
    logEntryTies: ties.logEntryTies,
    casussen: casussen.casussen,
    casusMatches: casussen.matches,
    casusFollowUps: casussen.followUps,
  };
  applyDemoDepartures(network, options);
  return network;
}
