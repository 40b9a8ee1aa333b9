import { present } from '../../shared/invariants/present';
import type { z } from 'zod';
import type { logEntryCreate } from '../../shared/domain/log-entry';
import type { DemoOrganisation } from './demo-organisations-build';
import type { DemoPeople, DemoPerson } from './demo-people';
import { daysBefore, type SeededRandom } from './random';

type LogKind = z.input<typeof logEntryCreate>['kind'];

export interface DemoLog {
  entries: (z.input<typeof logEntryCreate> & { id: string })[];
}

const TARGET_ENTRIES = 200;
const STALE_ENTRIES = 4;
const groupKinds: readonly LogKind[] = ['wijknetwerk', 'wijktour', 'themabijeenkomst', 'casusoverleg'];

const notes: Record<LogKind, readonly string[]> = {
  fietsronde: ['Even binnengelopen tijdens de fietsronde; nieuw programma voor het najaar besproken.', 'Kennisgemaakt met de nieuwe collega. Ze zoeken vrijwilligers.', 'Langs geweest: ze hebben ruimte over op dinsdagochtend.', 'Kort bijgepraat; wachtlijst is weer open.'],
  telefoon: ['Gebeld over een bewoner die iets zoekt voor overdag.', 'Teruggebeld over de aanmelding; loopt goed.', 'Belde zelf: vraag of wij iemand kennen voor taalles aan huis.'],
  app: ['Appje: kan volgende week iemand meekomen naar de inloop?', 'Via app afgestemd wie de warme overdracht doet.'],
  mail: ['Flyer van het nieuwe aanbod ontvangen.', 'Mail over de planning van de wijktour.'],
  wijknetwerk: ['Wijknetwerkbijeenkomst: thema eenzaamheid onder ouderen, drie nieuwe partijen aan tafel.', 'Wijknetwerk: overzicht van het aanbod gedeeld, dubbelingen besproken.'],
  wijktour: ['Wijktour met nieuwe huisartsen en POH-ers langs vijf organisaties.', 'Wijktour voor het sociaal wijkteam.'],
  themabijeenkomst: ['Themabijeenkomst over mantelzorg; veel animo.', 'Themabijeenkomst Welzijn op Recept voor de huisartsenpraktijken.'],
  casusoverleg: ['Casusoverleg met het wijkteam over twee aanmeldingen.', 'Casusoverleg: afspraken over de warme overdracht.'],
};

function warmthWeight(person: DemoPerson): number {
  return person.warmth === 'warm' ? 4 : person.warmth === 'lauw' ? 2 : 1;
}

export function generateLogEntries(random: SeededRandom, today: string, organisations: readonly DemoOrganisation[], people: DemoPeople): DemoLog {
  const active = people.people.filter((person) => !person.isDuplicate);
  const entries: DemoLog['entries'] = [];

  const addEntry = (occurredOn: string, kind: LogKind, participants: readonly DemoPerson[]) => {
    const organisationIds = [...new Set(participants.map((person) => present(person.organisationIds[0], 'demo record')))];
    const followUpOn = random.chance(0.35) ? daysBefore(occurredOn, -random.int(7, 30)) : null;
    const followUpDone = followUpOn !== null && followUpOn < today && random.chance(0.75);
    entries.push({
      id: random.uuid(),
      occurredOn,
      kind,
      personIds: participants.map((person) => person.id),
      organisationIds: organisationIds.filter((id) => organisations.some((organisation) => organisation.input.id === id)),
      note: random.pick(notes[kind]),
      tieIds: [],
      followUpOn,
      followUpDoneOn: followUpDone ? (daysBefore(followUpOn, -random.int(0, 5)) < today ? daysBefore(followUpOn, -random.int(0, 5)) : today) : null,
    });
  };

  while (entries.length < TARGET_ENTRIES - STALE_ENTRIES) {
    const age = random.int(0, 729);
    const kind = random.weighted([['fietsronde', 35], ['telefoon', 20], ['app', 15], ['mail', 8], ['wijknetwerk', 6], ['wijktour', 4], ['themabijeenkomst', 5], ['casusoverleg', 7]] as const);
    // Warm contacts gone quiet have not been seen in the last year.
    const eligible = age < 365 ? active.filter((person) => !person.isStaleWarm) : active;
    const count = groupKinds.includes(kind) ? random.int(3, 8) : random.int(1, 2);
    const participants: DemoPerson[] = [];
    while (participants.length < count) {
      const person = random.weighted(eligible.map((candidate) => [candidate, warmthWeight(candidate)] as const));
      if (!participants.includes(person)) participants.push(person);
    }
    addEntry(daysBefore(today, age), kind, participants);
  }
  const stale = active.filter((person) => person.isStaleWarm);
  for (let index = 0; index < STALE_ENTRIES; index++) {
    addEntry(daysBefore(today, random.int(400, 700)), 'fietsronde', stale.slice(index * 3, index * 3 + 3));
  }
  return { entries };
}
