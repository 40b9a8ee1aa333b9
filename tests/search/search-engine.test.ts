import { describe, expect, it } from 'vitest';
import { searchFields, type SearchDocument, type SearchField } from '../../shared/search/search-document';
import { SearchEngine } from '../../shared/search/search-engine';
import { buildSearchDocuments } from '../../shared/search/build-search-documents';
import { personDefaults } from '../../shared/domain/person';
import type { NetworkData } from '../../shared/network/network-data';

const emptyNetwork: NetworkData = { neighbourhoods: [], terms: [], organisations: [], persons: [], affiliations: [], offers: [], ties: [], logEntries: [], meetings: [], tasks: [], mapViews: [], presentations: [], requests: [], requestReplies: [] };

const today = '2026-11-23';
const places = [
  { id: 'oude-noorden', name: 'Oude Noorden' },
  { id: 'blijdorp', name: 'Blijdorp' },
  { id: 'bergpolder', name: 'Bergpolder' },
];

function doc(id: string, kind: SearchDocument['kind'], fields: Partial<Record<SearchField, string>>, extra: Partial<SearchDocument> = {}): SearchDocument {
  const all = Object.fromEntries(searchFields.map((field) => [field, fields[field] ?? ''])) as Record<SearchField, string>;
  return { id, kind, label: fields.name ?? id, detail: '', fields: all, neighbourhoodIds: [], warmth: null, lastContact: null, archived: false, phone: null, contactPersonId: null, departed: false, ...extra };
}

const ids = (engine: SearchEngine, query: string, options: { neighbourhoodId?: string } = {}) => engine.search(query, { today, ...options }).results.map((result) => result.document.id);

describe('the search engine', () => {
  it('answers with whom to call first: an uitvraag named exactly as typed comes after an offer that only begins with it', () => {
    const engine = new SearchEngine([doc('vraag', 'request', { name: 'Taalcafé' }), doc('aanbod', 'offer', { name: 'Taalcafé De Brug' })], []);
    expect(engine.search('taalcafé', { today }).results.map((result) => result.document.id)).toEqual(['aanbod', 'vraag']);
  });

  const network = [
    doc('huisarts-ana', 'person', { name: 'Ana Lopes', roles: 'huisarts', organisations: 'Gezondheidscentrum Blijdorp', neighbourhood: 'Blijdorp' }, { neighbourhoodIds: ['blijdorp'] }),
    doc('taalcafe', 'offer', { name: 'Taalcafé', organisations: 'Bibliotheek Oude Noorden', tags: 'ontmoeting ontdekken & leren nieuwkomers', neighbourhood: 'Oude Noorden' }, { neighbourhoodIds: ['oude-noorden'] }),
    doc('coordinator', 'person', { name: 'Roos Prins', roles: 'coördinator vrijwilligers', organisations: 'Vrijwilligerscentrale Noord' }),
    doc('maatjes-on', 'offer', { name: 'Maatjesproject', organisations: 'Buurtwerk Noord', neighbourhood: 'Oude Noorden' }, { neighbourhoodIds: ['oude-noorden'] }),
    doc('maatjes-bd', 'offer', { name: 'Maatjesproject', organisations: 'Humaniteit Blijdorp', neighbourhood: 'Blijdorp' }, { neighbourhoodIds: ['blijdorp'], warmth: 'warm', lastContact: '2026-11-20' }),
    doc('wandel', 'offer', { name: 'Wandelgroep 60+', organisations: 'Wandelclub De Stappers', tags: 'bewegen ouderen', neighbourhood: 'Blijdorp' }, { neighbourhoodIds: ['blijdorp'] }),
  ];

  it('forgives a typo: "huisarst" finds the huisarts', () => {
    expect(ids(new SearchEngine(network, places), 'huisarst')[0]).toBe('huisarts-ana');
  });

  it('ignores accents both ways: "taalcafe" finds Taalcafé, "coordinator" finds coördinator', () => {
    const engine = new SearchEngine(network, places);
    expect(ids(engine, 'taalcafe')).toEqual(['taalcafe']);
    expect(ids(engine, 'Taalcafé')).toEqual(['taalcafe']);
    expect(ids(engine, 'coordinator')).toEqual(['coordinator']);
  });

  it('finds words by their beginning: "maatje" finds the Maatjesprojecten', () => {
    expect(ids(new SearchEngine(network, places), 'maatje').sort()).toEqual(['maatjes-bd', 'maatjes-on']);
  });

  it('reads a plural typed for a singular or its compound: "schulden" finds Schuldhulpmaatje and an offer tagged "schuld", "zwemlessen" the zwemles', () => {
    const engine = new SearchEngine(
      [
        doc('schuldhulp', 'organisation', { name: 'Schuldhulpmaatje Noord', neighbourhood: 'Oude Noorden' }, { neighbourhoodIds: ['oude-noorden'] }),
        doc('budget', 'offer', { name: 'Budgetcursus', organisations: 'Schuldhulpmaatje Noord', tags: 'schuld geld' }),
        doc('zwemles', 'offer', { name: 'Zwemles voor volwassenen', organisations: 'Sportbad Noord' }),
        doc('winkel', 'person', { name: 'Kees Bakker', roles: 'eigenaar', organisations: 'Supermarkt Noord' }),
        doc('wonen', 'offer', { name: 'Woonbegeleiding', organisations: 'Stichting Thuis' }),
      ],
      places,
    );
    // Its name before a tag.
    expect(ids(engine, 'schulden')).toEqual(['schuldhulp', 'budget']);
    expect(ids(engine, 'zwemlessen')).toEqual(['zwemles']);
    // A short plural is not cut down to a stem that begins half the words: "wonen" is not "won".
    expect(ids(engine, 'wonen')).toEqual([]);
  });

  it('reads a need plus a place: "maatje oude noorden" puts the one in Oude Noorden first', () => {
    const engine = new SearchEngine(network, places);
    const outcome = engine.search('maatje oude noorden', { today });
    expect(outcome.neighbourhood).toEqual({ id: 'oude-noorden', name: 'Oude Noorden' });
    // The Blijdorp project is warmer and more recent, but not in the neighbourhood asked about.
    expect(outcome.results.map((result) => result.document.id)).toEqual(['maatjes-on', 'maatjes-bd']);
    expect(outcome.results[0]!.why).toBe('"maatje" in een aanbod van Buurtwerk Noord · actief in Oude Noorden · nog niet gesproken');
  });

  it('puts an exact name before the wijk filter: "bibliotheek oude noorden" is that library, also when another is warmer and works there too', () => {
    const libraries = [
      doc('bieb-bd', 'organisation', { name: 'Bibliotheek Blijdorp', neighbourhood: 'Blijdorp Oude Noorden' }, { neighbourhoodIds: ['blijdorp', 'oude-noorden'], warmth: 'warm', lastContact: '2026-11-20' }),
      doc('bieb-on', 'organisation', { name: 'Bibliotheek Oude Noorden', neighbourhood: 'Oude Noorden' }, { neighbourhoodIds: ['oude-noorden'], warmth: 'koud' }),
      doc('gc-bp', 'organisation', { name: 'Gezondheidscentrum Bergpolder', neighbourhood: 'Bergpolder' }, { neighbourhoodIds: ['bergpolder'], warmth: 'warm' }),
      doc('gc-lk', 'organisation', { name: 'Gezondheidscentrum Liskwartier', neighbourhood: 'Liskwartier' }, { neighbourhoodIds: ['liskwartier'] }),
    ];
    const engine = new SearchEngine(libraries, [...places, { id: 'liskwartier', name: 'Liskwartier' }]);
    expect(ids(engine, 'bibliotheek oude noorden')[0]).toBe('bieb-on');
    expect(ids(engine, 'gezodheidscentrum liskwartier')[0]).toBe('gc-lk');
  });

  it('finds a name with two letters swapped (one edit): "said bneali" finds Said Benali', () => {
    const engine = new SearchEngine([...network, doc('said', 'person', { name: 'Said Benali', roles: 'buurtsportcoach' })], places);
    expect(ids(engine, 'said bneali')[0]).toBe('said');
    expect(ids(engine, 'chantal smtis')).toEqual([]);
    expect(ids(new SearchEngine([doc('chantal', 'person', { name: 'Chantal Smits' })], places), 'chantal smtis')).toEqual(['chantal']);
  });

  it('reads ij and y alike, as Dutch names are written both ways, and quotes back what was typed', () => {
    const engine = new SearchEngine([doc('bijl', 'person', { name: 'Mieke van den Bijl' }), doc('meyer', 'person', { name: 'Sandra Meyer', roles: 'vrijwilligerscoördinator' })], places);
    expect(ids(engine, 'mieke byl')).toEqual(['bijl']);
    expect(ids(engine, 'meijer')).toEqual(['meyer']);
    expect(engine.search('vrijwilligers', { today }).results[0]?.why).toMatch(/^"vrijwilligers" in /);
  });

  it('finds whose number it is, however the number is typed', () => {
    const documents = buildSearchDocuments({ ...emptyNetwork, persons: [{ ...personDefaults, id: 'agnieszka', name: 'Agnieszka Kowalski', phones: [{ number: '+31630982336', label: 'mobiel' }], createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', archivedAt: null }] });
    const engine = new SearchEngine(documents, places);
    for (const typed of ['0630982336', '06-30982336', '06 30 98 23 36', '+31 6 30982336', '063098']) expect(ids(engine, typed), typed).toEqual(['agnieszka']);
  });

  it('reads a wijk given apart, too, and a place with a typo', () => {
    const engine = new SearchEngine(network, places);
    expect(ids(engine, 'maatje', { neighbourhoodId: 'oude-noorden' })).toEqual(['maatjes-on', 'maatjes-bd']);
    expect(ids(engine, 'maatje blijdrop')).toEqual(['maatjes-bd', 'maatjes-on']);
  });

  it('reads a wijk only from its whole name or a near-exact spelling, never from a surname that begins alike', () => {
    const cityPlaces = [...places, { id: 'schiemond', name: 'Schiemond' }, { id: 'vrederust', name: 'Vrederust' }, { id: 'zwanenveld', name: 'Zwanenveld' }];
    const people = [
      doc('schelekens', 'person', { name: 'Karin Schelekens', roles: 'wijkverpleegkundige' }),
      doc('vreeswyk', 'person', { name: 'Dirk Vreeswyk', roles: 'buurtsportcoach' }),
      doc('zwanenberg', 'person', { name: 'Els Zwanenberg', roles: 'huisarts' }),
      doc('schiemond-coach', 'person', { name: 'Ayse Kaya', roles: 'wijkverpleegkundige' }, { neighbourhoodIds: ['schiemond'] }),
    ];
    const engine = new SearchEngine(people, cityPlaces);
    for (const [query, expected] of [
      ['karin schelekens', 'schelekens'],
      ['dirk vreeswyk', 'vreeswyk'],
      ['els zwanenberg', 'zwanenberg'],
    ] as const) {
      const outcome = engine.search(query, { today });
      expect({ query, place: outcome.neighbourhood, first: outcome.results[0]?.document.id }).toEqual({ query, place: null, first: expected });
    }
    // The wijk itself, misspelled by one letter or still being typed, is read as the wijk.
    expect(engine.search('wijkverpleegkundige schiemnd', { today }).neighbourhood?.id).toBe('schiemond');
    expect(engine.search('wijkverpleegkundige schiem', { today }).neighbourhood?.id).toBe('schiemond');
    expect(ids(engine, 'wijkverpleegkundige schiemond')[0]).toBe('schiemond-coach');
  });

  it('keeps the records of the wijk asked about, however many better text matches lie elsewhere', () => {
    const elsewhere = Array.from({ length: 120 }, (_, index) => doc(`maatje-${index}`, 'offer', { name: 'Maatje', organisations: `Buurtwerk ${index}`, neighbourhood: 'Blijdorp' }, { neighbourhoodIds: ['blijdorp'] }));
    const inWijk = doc('maatje-on', 'offer', { name: 'Koffie en een praatje', tags: 'maatje eenzaamheid', organisations: 'Huis van de Wijk', neighbourhood: 'Oude Noorden' }, { neighbourhoodIds: ['oude-noorden'] });
    const engine = new SearchEngine([...elsewhere, inWijk], places);
    expect(ids(engine, 'maatje oude noorden')[0]).toBe('maatje-on');
    expect(ids(engine, 'maatje', { neighbourhoodId: 'oude-noorden' })[0]).toBe('maatje-on');
  });

  it('requires every word of the need: "wandel ouderen" finds the walking group only', () => {
    expect(ids(new SearchEngine(network, places), 'wandel ouderen')).toEqual(['wandel']);
  });

  it('among equal text matches, prefers warm, then recent contacts', () => {
    const people = [
      doc('cold', 'person', { name: 'Fatima Bakker', roles: 'buurtsportcoach' }, { warmth: 'koud', lastContact: '2026-11-01' }),
      doc('warm-old', 'person', { name: 'Fatima de Graaf', roles: 'buurtsportcoach' }, { warmth: 'warm', lastContact: '2024-01-10' }),
      doc('warm-recent', 'person', { name: 'Fatima Jansen', roles: 'buurtsportcoach' }, { warmth: 'warm', lastContact: '2026-11-12' }),
      doc('unknown', 'person', { name: 'Fatima Visser', roles: 'buurtsportcoach' }),
    ];
    // Not yet judged ranks above a contact known to be cold.
    expect(ids(new SearchEngine(people), 'buurtsportcoach')).toEqual(['warm-recent', 'warm-old', 'unknown', 'cold']);
    const why = new SearchEngine(people).search('buurtsportcoach', { today }).results[0]!.why;
    expect(why).toBe('"buurtsportcoach" in de functie · warm contact · laatst gesproken 11 dagen geleden');
  });

  it('does not let warmth beat a clearly better text match', () => {
    const people = [
      doc('exact', 'person', { name: 'Marloes Groen', roles: 'opbouwwerker' }, { warmth: 'koud' }),
      doc('vague', 'person', { name: 'Marco Groenewegen', roles: 'welzijnscoach', text: 'kent marloes' }, { warmth: 'warm', lastContact: '2026-11-22' }),
    ];
    expect(ids(new SearchEngine(people), 'marloes groen')[0]).toBe('exact');
  });

  it('puts archived records last', () => {
    const people = [
      doc('archived-warm', 'person', { name: 'Sanne Kaya', roles: 'wijkconsulent' }, { warmth: 'warm', lastContact: '2026-11-20', archived: true }),
      doc('active-cold', 'person', { name: 'Sanne Smits', roles: 'wijkconsulent' }, { warmth: 'koud' }),
    ];
    const engine = new SearchEngine(people);
    expect(ids(engine, 'sanne')).toEqual(['active-cold', 'archived-warm']);
    expect(engine.search('sanne', { today }).results[1]!.why).toMatch(/gearchiveerd$/);
  });

  it('stays in step with changes, one document at a time', () => {
    const engine = new SearchEngine(network, places);
    expect(ids(engine, 'jongerenwerk')).toEqual([]);
    const changed = [...network.filter((item) => item.id !== 'wandel'), doc('jw', 'organisation', { name: 'Jongerenwerk Noord' })];
    expect(engine.update(changed)).toEqual({ changed: 1, removed: 1 });
    expect(ids(engine, 'jongerenwerk')).toEqual(['jw']);
    expect(ids(engine, 'wandelgroep')).toEqual([]);
    expect(engine.size).toBe(network.length);
  });

  it('scores a query typed word by word the same as typed at once, also after a change', () => {
    const engine = new SearchEngine(network, places);
    for (const prefix of ['wandel', 'wandel o', 'wandel ou', 'wandel oud', 'wandel oude', 'wandel ouderen']) engine.search(prefix, { today });
    expect(ids(engine, 'wandel ouderen')).toEqual(ids(new SearchEngine(network, places), 'wandel ouderen'));
    engine.update([...network, doc('wandel2', 'offer', { name: 'Wandelen met ouderen', tags: 'ouderen' })]);
    expect(ids(engine, 'wandel ouderen').sort()).toEqual(['wandel', 'wandel2']);
  });

  it('answers an empty or unmatched query with nothing', () => {
    const engine = new SearchEngine(network, places);
    expect(ids(engine, '')).toEqual([]);
    expect(ids(engine, '   ')).toEqual([]);
    expect(ids(engine, 'xylofoonles')).toEqual([]);
  });

  describe('when no record has every word', () => {
    const people = [
      doc('said', 'person', { name: 'Said Benali', roles: 'opbouwwerker', organisations: 'Buurtwerk Noord' }),
      doc('sanne', 'person', { name: 'Sanne Bakker', roles: 'huisarts', organisations: 'Gezondheidscentrum Blijdorp' }),
      doc('eva', 'person', { name: 'Eva Kok', roles: 'bibliothecaris', organisations: 'Bibliotheek Oude Noorden' }),
    ];
    const engine = new SearchEngine(people, places);

    it('answers with the records that have most of the words, and says so', () => {
      // Said Benali is no GP: no one has all three words, he has two.
      const outcome = engine.search('said benali huisarts', { today });
      expect(outcome.approximate).toBe(true);
      expect(outcome.results[0]!.document.id).toBe('said');
    });

    it('finds a name typed as one word or with errors the word index misses, within two edits of the whole', () => {
      for (const query of ['saidbenali', 'saidbnali']) {
        const outcome = engine.search(query, { today });
        expect(outcome.results.map((result) => result.document.id), query).toEqual(['said']);
        expect(outcome.approximate).toBe(true);
      }
    });

    it('still answers nothing when nothing is close, and is exact when every word matched', () => {
      expect(engine.search('zwembad', { today })).toEqual({ results: [], neighbourhood: null, approximate: false });
      expect(engine.search('said', { today }).approximate).toBe(false);
    });
  });
});

