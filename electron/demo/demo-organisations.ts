import { present } from '../../shared/invariants/present';
import { demoNeighbourhoods } from './demo-places';

/** What the demo knows of an organisation before it gets an id and details. */
export interface OrganisationSeed {
  name: string;
  kindId: string;
  neighbourhoodId: string;
}

function each(kindId: string, names: readonly string[], neighbourhoodOf: (index: number) => string): OrganisationSeed[] {
  return names.map((name, index) => ({ name, kindId, neighbourhoodId: neighbourhoodOf(index) }));
}

const neighbourhoodIds = demoNeighbourhoods.map((neighbourhood) => neighbourhood.id);
const rotate = (offset = 0) => (index: number) => present(neighbourhoodIds[(index + offset) % neighbourhoodIds.length], 'demo record');
const byName = (name: string) => present(demoNeighbourhoods.find((neighbourhood) => neighbourhood.name === name), 'demo record').id;

/** 180 fictional organisations of every kind, spread over the neighbourhoods. */
export const organisationSeeds: readonly OrganisationSeed[] = [
  ...each(
    'kind-huisartsenpraktijk',
    [
      'Huisartsenpraktijk Zwaanshals', 'Huisartsenpraktijk Noordplein', 'Huisartsenpraktijk Bergweg', 'Huisartsenpraktijk Statenweg',
      'Huisartsenpraktijk Provenierssingel', 'Huisartsenpraktijk Agniesestraat', 'Huisartsenpraktijk Bergselaan', 'Huisartsenpraktijk Vroesenlaan',
      'Huisartsenpraktijk Gordelweg', 'Huisartsenpraktijk Schiekade', 'Gezondheidscentrum Oude Noorden', 'Gezondheidscentrum Blijdorp',
      'Gezondheidscentrum Bergpolder', 'Gezondheidscentrum Liskwartier',
    ],
    rotate(),
  ),
  ...each('kind-ggz', ['GGZ Wijkteam Noord', 'Ambulant Team Bergweg', 'Psychologenpraktijk De Singel', 'GGZ Inloophuis Het Anker', 'Praktijk Mentaal Noord'], rotate(2)),
  ...each(
    'kind-thuiszorg',
    ['Wijkzorg Oude Noorden', 'Wijkzorg Agniesebuurt', 'Wijkzorg Provenierswijk', 'Wijkzorg Bergpolder', 'Wijkzorg Blijdorp', 'Wijkzorg Liskwartier', 'Thuiszorg De Linde', 'Thuiszorg Zorgzaam Noord'],
    rotate(),
  ),
  ...each('kind-fysiotherapie', ['Fysiotherapie Zwaanshals', 'Fysiotherapie Bergweg', 'Fysiotherapie Statenweg', 'Fysio Beweegt Noord', 'Fysiotherapie Schiekade', 'Oefentherapie Blijdorp'], rotate(1)),
  ...each('kind-apotheek', ['Apotheek Oude Noorden', 'Apotheek Blijdorp', 'Apotheek Bergpolder', 'Apotheek Liskwartier'], (index) => present([byName('Oude Noorden'), byName('Blijdorp'), byName('Bergpolder'), byName('Liskwartier')][index], 'demo record')),
  ...each(
    'kind-welzijn',
    [
      'Stichting Buurtwerk Noord', 'Huis van de Wijk Oude Noorden', 'Huis van de Wijk Agniesebuurt', 'Huis van de Wijk Provenierswijk',
      'Huis van de Wijk Bergpolder', 'Huis van de Wijk Blijdorp', 'Huis van de Wijk Liskwartier', 'Ouderenwerk Noord', 'Jongerenwerk Noord',
      'Formulierenhulp Noord', 'Mantelzorgsteunpunt Noord', 'Welzijn op Recept Noord', 'Schuldhulpmaatje Noord', 'Opbouwwerk Noord',
    ],
    (index) => (index >= 1 && index <= 6 ? present(neighbourhoodIds[index - 1], 'demo record') : byName('Oude Noorden')),
  ),
  ...each('kind-gemeente', ['Wijkteam Oude Noorden', 'Wijkteam Bergpolder', 'Wijkteam Blijdorp', 'Wijkteam Agniesebuurt', 'Vraagwijzer Noord', 'Gebiedsteam Noord'], rotate()),
  ...each('kind-wonen', ['Woonstichting Maasoever', 'Wooncorporatie Noordhaven', 'Huurdersvereniging Oude Noorden', 'Woonstichting De Hofstad', 'Bewonerscommissie Bergpolderflat'], rotate(3)),
  ...each(
    'kind-sport',
    [
      'Buurtsportcentrum Noord', 'Sportvereniging Blijdorp Boys', 'Wandelclub De Stappers', 'Zwemclub Noorderbad', 'Boksschool Noord',
      'Tennisclub Bergpolder', 'Fitness 50+ Noord', 'Voetbalvereniging Noorderkwartier', 'Dansschool Zwaanshals', 'Yogastudio De Ademhaling',
      'Tafeltennisclub Agnes', 'Fietsschool Noord', 'Judoclub Provenier', 'Hardloopgroep Vroege Vogels', 'Biljartvereniging De Keu',
      'Schaakclub Het Paard',
    ],
    rotate(4),
  ),
  ...each(
    'kind-cultuur',
    [
      'Theater Zwaanshals', 'Muziekschool Noord', 'Atelier De Verfdoos', 'Koor Stem van Noord', 'Filmhuis Het Noorderlicht', 'Fotoclub Noord',
      'Galerie Bergweg', 'Verhalenhuis Noord', 'Poppentheater Koekeloer', 'Harmonie Noord', 'Breiclub De Steek', 'Schrijfgroep Pen en Papier',
      'Kunstroute Noord', 'Erfgoedhuis Noord',
    ],
    rotate(5),
  ),
  ...each(
    'kind-onderwijs',
    [
      'Basisschool De Regenboog', 'Basisschool Het Klaverblad', 'Basisschool De Notenkraker', 'Basisschool De Globetrotter', 'Basisschool Het Kompas',
      'Basisschool De Vlinder', 'Basisschool De Bron', 'Basisschool Het Zonnelied', 'Taalschool Noord', 'Volksuniversiteit Noord', 'Leerpunt Noord',
      'Kinderopvang Het Nest', 'Huiswerkklas Noord', 'Digitaal Leerpunt Noord',
    ],
    rotate(2),
  ),
  ...each('kind-bibliotheek', ['Bibliotheek Oude Noorden', 'Bibliotheek Blijdorp', 'Bibliotheek Bergpolder'], (index) => present([byName('Oude Noorden'), byName('Blijdorp'), byName('Bergpolder')][index], 'demo record')),
  ...each(
    'kind-levensbeschouwing',
    [
      'Protestantse Gemeente Noord', 'Parochie Heilige Familie', 'Moskee Al Noor', 'Moskee Mevlana', 'Pauluskerk Noord', 'Evangelische Gemeente De Rots',
      'Hindoestaanse Vereniging Shanti', 'Diaconie Noord', 'Doopsgezinde Gemeente Noord', 'Islamitisch Centrum Noord', 'Stiltecentrum Noord',
      'Baptistengemeente Bergweg',
    ],
    (index) => (index === 0 ? byName('Oude Noorden') : index === 2 ? byName('Agniesebuurt') : present(neighbourhoodIds[(index + 1) % neighbourhoodIds.length], 'demo record')),
  ),
  ...each(
    'kind-vrijwilligersorganisatie',
    [
      'Maatjesproject Noord', 'Vrijwilligerscentrale Noord', 'Taalmaatjes Agniesebuurt', 'Taalmaatjes Oude Noorden', 'Samen Sterk Maatjes',
      'Voedselbank Uitgiftepunt Noord', 'Kledingbank Noord', 'Boodschappenhulp Noord', 'Vriendschapsproject Noord', 'Thuisadministratie Noord',
      'Burenhulp Noord', 'Rijdende Boodschap', 'Vrijwillige Thuishulp Noord', 'Oppasdienst Mantelzorg Noord', 'Buddyproject Nieuwkomers',
      'Huiskamerproject Samen', 'Wandelmaatjes Noord', 'Sociaal Raadslieden Noord',
    ],
    (index) => (index === 2 ? byName('Agniesebuurt') : index === 3 ? byName('Oude Noorden') : rotate(1)(index)),
  ),
  ...each(
    'kind-bewonersinitiatief',
    [
      'Bewonersvereniging Zwaanshals', 'Buurttuin De Pluk', 'Repair Café Oude Noorden', 'Repair Café Blijdorp', 'Kookclub Smaak van Noord',
      'Speeltuinvereniging De Bergpolder', 'Buurtkamer Insulindestraat', 'Bewonersvereniging Provenierssingel', 'Moestuin Het Schoterbos',
      'Buurtpreventie Liskwartier', 'Bewonersvereniging Blijdorp', 'Zwerfafvalbrigade Noord', 'Buurttuin Vijverhof', 'Straatfeest Bergweg',
      'Buurtkeuken Agniese', 'Wijkkrant Noorderkoerier', 'Ruilwinkel Noord', 'Leesclub Blijdorp', 'Buurtmoeders Oude Noorden', 'Kinderclub Liskwartier',
      'Buurthuis De Ontmoeting', 'Tuinclub Blijdorpsepolder', 'Bewonersplatform Noord', 'Vrouwengroep Agniesebuurt',
    ],
    (index) => (index === 0 ? byName('Oude Noorden') : rotate(3)(index)),
  ),
  ...each(
    'kind-ondernemer',
    [
      'Bakkerij Van Dijk', 'Kapsalon Knip', 'Buurtsuper Noord', 'Koffiebar Het Plein', 'Fietsenmaker Spaak', 'Boekhandel De Letter', 'Drukkerij Noord',
      'Café De Buurman', 'Bloemist Flora', 'Slagerij Hendriks', 'Wasserette Schoon', 'Kringloop Noord', 'Restaurant De Smaak', 'Lunchroom De Zon',
      'Naaiatelier Draad', 'Computerwinkel Byte', 'Groentewinkel Vers',
    ],
    rotate(6),
  ),
];

/**
 * Organisations entered twice under a spelling variant, with the detail
 * that gives them away (same phone, same email or same postcode).
 */
export const duplicateOrganisations: readonly { original: string; variant: string; shared: 'phone' | 'email' | 'postcode' }[] = [
  { original: 'Stichting Buurtwerk Noord', variant: 'Buurtwerk Noord', shared: 'phone' },
  { original: 'Huisartsenpraktijk Zwaanshals', variant: 'Huisartspraktijk Zwaanshals', shared: 'postcode' },
  { original: 'Bibliotheek Oude Noorden', variant: 'Bieb Oude Noorden', shared: 'phone' },
  { original: 'Vrijwilligerscentrale Noord', variant: 'Vrijwilligers Centrale Noord', shared: 'email' },
];

/**
 * Organisations that offer the same thing in the same neighbourhood and do not know
 * each other: the demo gives them no ties, so the overlap analysis has a
 * finding that leads to an introduction.
 */
export const overlapGroups: readonly { title: string; template: string; neighbourhoodName: string; organisations: readonly string[] }[] = [
  { title: 'Koffieochtend voor ouderen', template: 'koffieochtend', neighbourhoodName: 'Oude Noorden', organisations: ['Huis van de Wijk Oude Noorden', 'Protestantse Gemeente Noord', 'Bewonersvereniging Zwaanshals'] },
  { title: 'Taalcafé', template: 'taalcafe', neighbourhoodName: 'Agniesebuurt', organisations: ['Taalmaatjes Agniesebuurt', 'Moskee Al Noor', 'Vrouwengroep Agniesebuurt'] },
  { title: 'Wandelgroep 60+', template: 'wandelgroep', neighbourhoodName: 'Blijdorp', organisations: ['Wandelclub De Stappers', 'Fysiotherapie Statenweg', 'Bewonersvereniging Blijdorp'] },
];

/** Organisations with nobody named: a gap the analysis reports. */
export const organisationsWithoutPeople: readonly string[] = ['Kunstroute Noord', 'Straatfeest Bergweg', 'Computerwinkel Byte', 'Tuinclub Blijdorpsepolder', 'Drukkerij Noord'];

/** Organisations only reachable through one person: a single point of failure. */
export const bridgedCluster: readonly string[] = ['Moskee Mevlana', 'Islamitisch Centrum Noord', 'Hindoestaanse Vereniging Shanti'];

/** Organisations with no ties outside themselves: islands (eilandjes). */
export const islandOrganisations: readonly string[] = ['Buurtkeuken Agniese', 'Naaiatelier Draad', 'Leesclub Blijdorp', 'Ruilwinkel Noord'];

/** Organisations whose place in the network the demo shapes on purpose: no stray links into or out of them. */
export const shapedOrganisations: ReadonlySet<string> = new Set([...bridgedCluster, ...islandOrganisations, ...overlapGroups.flatMap((group) => group.organisations)]);
