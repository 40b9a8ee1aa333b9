import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../shared/export/csv-text';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { coverageMatrix } from '../../shared/analysis/coverage';
import { loadNetworkData } from '../../shared/network/network-data';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp, type TestApp } from '../support/temp-database';
import type { TermDecision } from '../../shared/import/term-proposals';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 as Dutch Excel saves it: é is one byte, 0xE9. */
const windows1252 = (text: string) => Uint8Array.from(Array.from(text).map((character) => (character === 'é' ? 0xe9 : character === 'ë' ? 0xeb : character.charCodeAt(0))));

async function importText(app: TestApp, bytes: Uint8Array, dryRun = false) {
  return importSpreadsheet(app.context, bytes, { source: 'test.csv', dryRun });
}

async function records(app: TestApp) {
  const [organisations, persons, affiliations, offers] = await Promise.all([app.api.organisation.list({}), app.api.person.list({}), app.api.affiliation.list({}), app.api.offer.list({})]);
  return { organisations: ok(organisations), persons: ok(persons), affiliations: ok(affiliations), offers: ok(offers) };
}

describe('spreadsheet import', () => {
  it('reads semicolons, quotes with delimiters and line breaks inside, CRLF, and UTF-8 with a BOM', async () => {
    const app = await openTestApp();
    const text = '\uFEFFOrganisatie;Contactpersoon;Functie;Telefoon;Aanbod\r\n"Huis ""De Brug""";"Yilmaz; Fatma";coördinator;010-4661234;"Koffie;\r\nmet praatje"\r\n';
    const report = await importText(app, utf8(text));
    expect(report).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
    const { organisations, persons, affiliations } = await records(app);
    expect(organisations.map((organisation) => organisation.name)).toEqual(['Huis "De Brug"']);
    expect(persons.map((person) => [person.name, person.phones])).toEqual([['Yilmaz; Fatma', [{ number: '+31104661234', label: 'werk' }]]]);
    expect(affiliations.map((affiliation) => affiliation.role)).toEqual(['coördinator']);
    // "Koffie;\nmet praatje" is one cell; the ; inside splits it into two offers.
    expect(ok(await app.api.offer.list({})).map((offer) => offer.title).sort()).toEqual(['Koffie', 'met praatje']);
  });

  it('carries every offer field of a sociale kaart, and the offer counts in the coverage of each of its dimensions', async () => {
    const app = await openTestApp();
    ok(await app.api.neighbourhood.create({ name: 'Oude Noorden' }));
    const header = 'Organisatie;Aanbod;Omschrijving;Thema;Doelgroep;Levensgebied;Positieve Gezondheid;Wijk;Locatie;Dag en tijd;Dagdeel;Kosten;Toegang;Plaatsen;Wachtlijst;Talen;Toegankelijkheid';
    const row = 'Buurtkeuken Noord;Samen koken;Koken en eten met buren.;voeding;mantelzorgers;sociale relaties;Meedoen;Oude Noorden;Zwaanshals 12;di en do 17:30-20:00;;€ 3 per keer;aanmelden;14;ja;Nederlands, Arabisch, NT2;rolstoel, ringleiding';
    // A row whose cells cannot all be read: each is reported, the rest imported.
    const bad = 'Buurtkeuken Noord;Kookcursus;;;;;;;;in overleg;nachts;;soms;veel;misschien;Klingon;trapje';
    const before = await loadNetworkData(app.api);
    const report = await importText(app, utf8(`${header}\n${row}\n${bad}\n`));
    const offer = ok(await app.api.offer.list({})).find((candidate) => candidate.title === 'Samen koken')!;
    expect(offer).toMatchObject({
      description: 'Koken en eten met buren.',
      themeIds: ['theme-voeding'],
      targetGroupIds: ['target-mantelzorgers'],
      lifeDomainIds: ['domain-sociale-relaties'],
      pgDimensionIds: ['pg-meedoen'],
      location: 'Zwaanshals 12',
      sessions: [{ weekdays: ['di', 'do'], startsAt: '17:30', endsAt: '20:00', frequency: 'wekelijks' }],
      schedule: '',
      timesOfDay: ['middag', 'avond'],
      cost: '€ 3 per keer',
      isFree: false,
      access: 'aanmelden',
      capacity: 14,
      hasWaitingList: true,
      languages: ['nl', 'ar'],
      forLanguageLearners: true,
      accessibility: ['rolstoel', 'ringleiding'],
    });
    const after = await loadNetworkData(app.api);
    const wijk = after.neighbourhoods[0]!.id;
    const cells = [
      ['theme', 'theme-voeding'],
      ['target_group', 'target-mantelzorgers'],
      ['life_domain', 'domain-sociale-relaties'],
      ['pg_dimension', 'pg-meedoen'],
    ] as const;
    expect(cells.map(([dimension, termId]) => [coverageMatrix(before, dimension).counts[wijk]?.[termId] ?? 0, coverageMatrix(after, dimension).counts[wijk]![termId]])).toEqual(cells.map(() => [0, 1]));
    expect(report.plan.problems).toEqual([
      { line: 3, message: 'Dagdeel "nachts" is onbekend en is weggelaten.' },
      { line: 3, message: 'Taal "Klingon" is onbekend en is weggelaten.' },
      { line: 3, message: 'Toegankelijkheid "trapje" is onbekend en is weggelaten.' },
      { line: 3, message: 'Toegang "soms" is onbekend; het aanbod staat op "vrije inloop".' },
      { line: 3, message: 'Plaatsen "veel" is geen aantal en is weggelaten.' },
      { line: 3, message: 'Wachtlijst "misschien": schrijf ja of nee; weggelaten.' },
    ]);
    // What the schedule cell said beyond a session is kept as text.
    expect(ok(await app.api.offer.list({})).find((candidate) => candidate.title === 'Kookcursus')).toMatchObject({ sessions: [], schedule: 'in overleg', access: 'vrije_inloop', capacity: null });
  });

  it('proposes a known value for one the lists lack, and does what she chose: merge, add, or leave out', async () => {
    const text = 'Organisatie;Aanbod;Doelgroep;Thema\nBuurthuis Noord;Taalcafé;nieuwkomers;taal\nBuurthuis Noord;Koffie;Ouderenn;ontmoeting\nMoskee Mevlana;Huiswerkklas;nieuwkomers;\n';
    const preview = await importSpreadsheet((await openTestApp()).context, utf8(text), { source: 'kaart.csv', dryRun: true });
    expect(preview.plan.unknownTerms.map(({ taxonomy, label, lines, proposal }) => [taxonomy, label, lines, proposal?.label ?? null])).toEqual([
      ['theme', 'taal', [2], null],
      ['target_group', 'nieuwkomers', [2, 4], 'nieuwkomers en statushouders'],
      ['target_group', 'Ouderenn', [3], 'ouderen'],
    ]);
    // Without her choice each is left out, and the message says what it may mean.
    expect(preview.plan.problems[1]).toEqual({ line: 2, message: 'Doelgroep "nieuwkomers" is onbekend en is weggelaten (bedoel je "nieuwkomers en statushouders"?); kies in het voorbeeld wat ermee moet, voeg het toe in Instellingen, Lijsten en wijken, of pas het bestand aan.' });

    const app = await openTestApp();
    const report = await importSpreadsheet(app.context, utf8(text), {
      source: 'kaart.csv',
      dryRun: false,
      termDecisions: [
        { taxonomy: 'target_group', label: 'nieuwkomers', decision: 'merge' },
        { taxonomy: 'theme', label: 'taal', decision: 'new' },
        { taxonomy: 'target_group', label: 'Ouderenn', decision: 'skip' },
      ],
    });
    expect(report.plan.problems.map((problem) => problem.line)).toEqual([3]);
    const taal = ok(await app.api.taxonomyTerm.list({})).filter((term) => term.taxonomy === 'theme' && term.label === 'taal');
    expect(taal).toHaveLength(1);
    const offers = Object.fromEntries(ok(await app.api.offer.list({})).map((offer) => [offer.title, [offer.targetGroupIds, offer.themeIds]]));
    expect(offers).toEqual({ Taalcafé: [['target-nieuwkomers'], [taal[0]!.id]], Koffie: [[], ['theme-ontmoeting']], Huiswerkklas: [['target-nieuwkomers'], []] });
    // Guessed kinds: a buurthuis is welzijn, a moskee levensbeschouwing.
    expect(Object.fromEntries(ok(await app.api.organisation.list({})).map((organisation) => [organisation.name, organisation.kindId]))).toEqual({ 'Buurthuis Noord': 'kind-welzijn', 'Moskee Mevlana': 'kind-levensbeschouwing' });
    // One undo takes the new value away with the rest.
    ok(await app.api.changes.undo({}));
    expect(ok(await app.api.taxonomyTerm.list({})).filter((term) => term.label === 'taal')).toEqual([]);
  });

  it('reads a file for the import screen with the proposals taken in that one reading, her own choice first, and says per value what it did', async () => {
    const app = await openTestApp();
    ok(await app.api.taxonomyTerm.archive({ id: 'target-laaggeletterden' }));
    const text = 'Organisatie;Aanbod;Doelgroep;Thema\nBuurthuis Noord;Taalcafé;nieuwkomers;taal\nBuurthuis Noord;Koffie;Ouderenn;ontmoeting\nMoskee Mevlana;Huiswerkklas;laaggeletterden;\n';
    const read = (termDecisions: TermDecision[]) => importSpreadsheet(app.context, utf8(text), { source: 'kaart.csv', dryRun: true, takeProposals: true, termDecisions });
    const proposed = await read([]);
    // Under the known value it likely means, a new value added, a value she archived left out.
    expect(proposed.plan.unknownTerms.map(({ label, decision }) => [label, decision])).toEqual([
      ['taal', 'new'],
      ['nieuwkomers', 'merge'],
      ['Ouderenn', 'merge'],
      ['laaggeletterden', 'skip'],
    ]);
    expect(proposed.plan.terms.map((term) => term.label)).toEqual(['taal']);
    expect(proposed.plan.offers.map((offer) => [offer.title, offer.targetGroupIds])).toEqual([
      ['Taalcafé', ['target-nieuwkomers']],
      ['Koffie', ['target-ouderen']],
      ['Huiswerkklas', []],
    ]);
    expect(proposed.plan.problems.map((problem) => problem.line)).toEqual([4]);
    // Her choice overrules the proposal; what she did not decide on still takes it.
    const chosen = await read([{ taxonomy: 'target_group', label: 'Ouderenn', decision: 'new' }, { taxonomy: 'theme', label: 'taal', decision: 'skip' }]);
    expect(chosen.plan.unknownTerms.map(({ label, decision }) => [label, decision])).toEqual([
      ['taal', 'skip'],
      ['nieuwkomers', 'merge'],
      ['Ouderenn', 'new'],
      ['laaggeletterden', 'skip'],
    ]);
    expect(chosen.plan.terms.map((term) => term.label)).toEqual(['Ouderenn']);
    // Put under a value of her list other than the proposal; a value not in that list is no place to put it.
    const picked = await read([
      { taxonomy: 'theme', label: 'taal', decision: 'merge', termId: 'theme-ontdekken-en-leren' },
      { taxonomy: 'target_group', label: 'Ouderenn', decision: 'merge', termId: 'theme-bewegen' },
    ]);
    expect(picked.plan.unknownTerms.map(({ label, decision, mergeInto }) => [label, decision, mergeInto?.label ?? null])).toEqual([
      ['taal', 'merge', 'ontdekken & leren'],
      ['nieuwkomers', 'merge', 'nieuwkomers en statushouders'],
      ['Ouderenn', 'skip', null],
      ['laaggeletterden', 'skip', null],
    ]);
    expect(picked.plan.offers.find((offer) => offer.title === 'Taalcafé')?.themeIds).toEqual(['theme-ontdekken-en-leren']);
    // The command line takes nothing unasked: without proposals every unknown value is left out.
    const plain = await importSpreadsheet(app.context, utf8(text), { source: 'kaart.csv', dryRun: true });
    expect(plain.plan.unknownTerms.every((term) => term.decision === 'skip')).toBe(true);
    expect(plain.plan.terms).toEqual([]);
  });

  it('adds a new wijk, and names one spelled nearly as a wijk she has, so she can mend the file first', async () => {
    const app = await openTestApp();
    ok(await app.api.neighbourhood.create({ name: 'Blijdorpsepolder' }));
    const text = 'Organisatie;Wijk\nBuurthuis De Polder;Blijdorp-Polder\nBuurthuis Noord;Oude Noorden\nRepair Café;Blijdorp-Polder\n';
    const preview = await importSpreadsheet(app.context, utf8(text), { source: 'kaart.csv', dryRun: true });
    expect(preview.plan.neighbourhoods.map((neighbourhood) => neighbourhood.name)).toEqual(['Blijdorp-Polder', 'Oude Noorden']);
    // Said once, on the line where it first appears; a wijk like none of hers is simply new.
    expect(preview.plan.problems).toEqual([{ line: 2, message: 'Wijk "Blijdorp-Polder" is nieuw en wordt toegevoegd; bedoel je "Blijdorpsepolder"? Pas dan het bestand aan.' }]);
  });

  it('guesses the kind of an organisation from its name, else its offers, and says where it came from', async () => {
    const report = await importSpreadsheet((await openTestApp()).context, utf8('Organisatie;Aanbod\nHuisartsenpraktijk De Singel;\nProtestantse Gemeente Noord;\nHervormde Gemeente Blijdorp;\nStichting Kleurrijk;Voetbal voor meiden\nRepair Café Noord;\nDe Schakel;\n'), { source: 'kaart.csv', dryRun: true });
    expect(report.plan.organisations.map((organisation) => [organisation.name, organisation.kindId, organisation.kindFrom])).toEqual([
      ['Huisartsenpraktijk De Singel', 'kind-huisartsenpraktijk', 'naam'],
      ['Protestantse Gemeente Noord', 'kind-levensbeschouwing', 'naam'],
      ['Hervormde Gemeente Blijdorp', 'kind-levensbeschouwing', 'naam'],
      ['Stichting Kleurrijk', 'kind-sport', 'aanbod'],
      // A café of volunteers is no business: not guessed.
      ['Repair Café Noord', 'kind-overig', null],
      ['De Schakel', 'kind-overig', null],
    ]);
  });

  it('links a value once when a cell names it twice, and leaves out a value she archived unless she brings it back', async () => {
    const app = await openTestApp();
    ok(await app.api.taxonomyTerm.archive({ id: 'target-laaggeletterden' }));
    const text = 'Organisatie;Aanbod;Doelgroep\nBuurthuis Noord;Taalcafé;"nieuwkomers en statushouders; Nieuwkomers, laaggeletterden"\n';
    const report = await importSpreadsheet(app.context, utf8(text), { source: 'kaart.csv', dryRun: false, termDecisions: [{ taxonomy: 'target_group', label: 'Nieuwkomers', decision: 'merge' }] });
    expect(report.plan.unknownTerms.map(({ label, archived }) => [label, archived])).toEqual([
      ['Nieuwkomers', false],
      ['laaggeletterden', true],
    ]);
    expect(report.plan.problems.map((problem) => problem.message)).toEqual(['Doelgroep "laaggeletterden" is gearchiveerd en is weggelaten; zet het terug in Instellingen, Lijsten en wijken, of kies in het voorbeeld wat ermee moet.']);
    expect(ok(await app.api.offer.list({}))[0]!.targetGroupIds).toEqual(['target-nieuwkomers']);
  });

  it('reports offer cells on a row without an offer, instead of dropping them', async () => {
    const app = await openTestApp();
    const report = await importText(app, utf8('Organisatie;Aanbod;Talen;Plaatsen\nBuurthuis;;Turks;12\n'));
    expect(report.plan.problems).toEqual([{ line: 2, message: 'Plaatsen, Talen: geen aanbod op deze regel om bij te horen, dus weggelaten.' }]);
  });

  it('reads Windows-1252 with commas, and tab-separated UTF-8 without a BOM', async () => {
    const app = await openTestApp();
    const comma = await importText(app, windows1252('Organisation,Contact,Email\r\nCafé Noord,Zoë Ëlmers,INFO@Cafe-Noord.example\r\n'));
    expect(comma).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    const tab = await importText(app, utf8('Naam organisatie\tNaam\tMobiel\nBibliotheek Blijdorp\tJan Smit\t06 1234 5678\n'));
    expect(tab).toMatchObject({ encoding: 'utf-8', delimiter: '\t' });
    const { organisations, persons } = await records(app);
    expect(organisations.map((organisation) => organisation.name).sort()).toEqual(['Bibliotheek Blijdorp', 'Café Noord']);
    expect(persons.map((person) => [person.name, person.email]).sort()).toEqual([['Jan Smit', null], ['Zoë Ëlmers', 'info@cafe-noord.example']]);
  });

  it('maps Dutch and English headers whatever their case or accents', async () => {
    const app = await openTestApp();
    const report = await importText(app, utf8('NAAM ORGANISATIE;Contactpersoon;Rol;Tel.;E-MAIL;Straat;Postcode;Woonplaats;Buurt;Activiteit;Doelgroep;Website;Thema;Opmerkingen;Fax\n'));
    expect(report.mapping).toEqual({
      organisation: 'NAAM ORGANISATIE',
      person: 'Contactpersoon',
      role: 'Rol',
      phone: 'Tel.',
      email: 'E-MAIL',
      address: 'Straat',
      postcode: 'Postcode',
      city: 'Woonplaats',
      wijk: 'Buurt',
      offer: 'Activiteit',
      targetGroup: 'Doelgroep',
      website: 'Website',
      theme: 'Thema',
      notes: 'Opmerkingen',
    });
    expect(report.unknownColumns).toEqual(['Fax']);
  });

  it('makes one organisation of repeated rows, one person of one name with one mobile however written, and keeps landlines', async () => {
    const app = await openTestApp();
    const text = [
      'Organisatie;Contactpersoon;Telefoon;Postcode;Wijk;Aanbod;Thema;Doelgroep;Website',
      'Buurtwerk Noord;Ans de Vries;06-12 34 56 78;3031ab;Oude Noorden;Koffieochtend; Taalcafé;ontmoeting;ouderen;buurtwerk.example',
      'Buurtwerk Noord;Karim El Idrissi;010-466 12 34;;;;;;',
      'buurtwerk noord;Ans de Vries;+31 6 12345678;;;;;;',
      'Buurtwerk Noord;Ans de Vries;0031612345678 / 010-4661234;;;;;;',
    ].join('\n');
    await importText(app, utf8(text.replace('Koffieochtend; Taalcafé', '"Koffieochtend; Taalcafé"')));
    const { organisations, persons, affiliations, offers } = await records(app);
    expect(organisations).toHaveLength(1);
    // "Buurtwerk" in the name: welzijn, guessed.
    expect(organisations[0]).toMatchObject({ name: 'Buurtwerk Noord', postcode: '3031 AB', website: 'https://buurtwerk.example', kindId: 'kind-welzijn' });
    expect(persons.map((person) => [person.name, person.phones.map((phone) => phone.number)]).sort()).toEqual([
      ['Ans de Vries', ['+31612345678', '+31104661234']],
      ['Karim El Idrissi', ['+31104661234']],
    ]);
    expect(affiliations).toHaveLength(2);
    expect(offers.map((offer) => offer.title).sort()).toEqual(['Koffieochtend', 'Taalcafé']);
    expect(offers[0]!.neighbourhoodIds).toHaveLength(1);
  });

  it('reports a row without organisation or person by its line and imports the rest; bad cells are named and left out', async () => {
    const app = await openTestApp();
    const report = await importText(app, utf8('Organisatie;Contactpersoon;Telefoon;E-mail;Postcode\nA;Anna;06-12345678;;\n;;06-99999999;x@y.example;\n"B\nmet regelovergang";Bert;12345;geen-mail;ABCD\n'));
    expect(report.plan.problems).toEqual([
      { line: 3, message: 'Geen organisatie en geen contactpersoon: regel overgeslagen.' },
      { line: 4, message: 'Telefoonnummer "12345" is ongeldig en is weggelaten.' },
      { line: 4, message: 'E-mailadres "geen-mail" is ongeldig en is weggelaten.' },
      { line: 4, message: 'Postcode "ABCD" is ongeldig en is weggelaten.' },
    ]);
    expect((await records(app)).organisations.map((organisation) => organisation.name).sort()).toEqual(['A', 'B\nmet regelovergang']);
  });

  it('reads a UTF-8 file with one stray byte as UTF-8, naming the line, instead of turning every é into Ã©', async () => {
    const app = await openTestApp();
    const good = utf8('Organisatie;Contactpersoon\nCafé Noord;Anna\nBuurthuis;Bert\n');
    const withStray = Uint8Array.from([...good.subarray(0, good.length - 6), 0xff, ...good.subarray(good.length - 6)]);
    const report = await importText(app, withStray);
    expect(report.encoding).toBe('utf-8');
    expect(report.plan.problems).toEqual([{ line: 3, message: 'Een teken is geen geldige UTF-8 en is als "\uFFFD" gelezen; controleer deze regel.' }]);
    expect((await records(app)).organisations.map((organisation) => organisation.name).sort()).toEqual(['Buurthuis\uFFFD', 'Café Noord']);
    // A file without UTF-8 letters at all is still Windows-1252, as Dutch Excel saves it.
    expect((await importText(await openTestApp(), windows1252('Organisatie\nCafé Zuid\n'), true)).encoding).toBe('windows-1252');
  });

  it('leaves out a day-and-time text too long for the field, naming it, and imports the offer instead of failing', async () => {
    const app = await openTestApp();
    const schedule = `dinsdag 10.00-11.30; ${'behalve in de zomer en rond de feestdagen '.repeat(6).trim()}`;
    const report = await importText(app, utf8(`Organisatie;Aanbod;Dag en tijd\nBuurthuis;Koffieochtend;"${schedule}"\n`));
    expect(report.plan.problems).toEqual([{ line: 2, message: expect.stringMatching(/^Dag en tijd: wat niet als dag en tijd te lezen is, is te lang \(\d+ tekens, maximaal 200\) en weggelaten\.$/) as unknown }]);
    const [offer] = (await records(app)).offers;
    expect(offer).toMatchObject({ title: 'Koffieochtend', schedule: '', sessions: [{ weekdays: ['di'], startsAt: '10:00', endsAt: '11:30', frequency: 'wekelijks' }] });
  });

  it('names a cell too long for its field and leaves only that cell out; the rest of the file imports', async () => {
    const app = await openTestApp();
    const report = await importText(app, utf8(`Organisatie;Contactpersoon;Functie\nBuurtwerk Noord;Anna;${'coördinator '.repeat(30)}\n${'Stichting '.repeat(25)};Bert;\nBibliotheek;;\n`));
    expect(report.plan.problems).toEqual([
      { line: 2, message: 'Functie: te lang (359 tekens, maximaal 200) en weggelaten.' },
      { line: 3, message: 'Organisatie: te lang (249 tekens, maximaal 200) en weggelaten.' },
    ]);
    const { organisations, persons, affiliations } = await records(app);
    expect(organisations.map((organisation) => organisation.name).sort()).toEqual(['Bibliotheek', 'Buurtwerk Noord']);
    expect(persons.map((person) => person.name).sort()).toEqual(['Anna', 'Bert']);
    expect(affiliations.map((affiliation) => affiliation.role)).toEqual(['']);
  });

  it('drops control characters and text-direction overrides from headers and cells', async () => {
    const app = await openTestApp();
    const report = await importText(app, utf8('\u001b[31mOrganisatie\u001b[0m;Contact\u202epersoon\nBuurt\u0007huis;Anna\n'));
    expect(report.header).toEqual(['Organisatie', 'Contactpersoon']);
    expect((await records(app)).organisations.map((organisation) => organisation.name)).toEqual(['Buurthuis']);
  });

  it('stores a formula-looking cell as text, and exports it with a leading apostrophe', async () => {
    const app = await openTestApp();
    await importText(app, utf8('Organisatie;Contactpersoon\n"=HYPERLINK(""http://kwaad.example"")";@Anna\n+Plus;-Min\n'));
    const { organisations, persons } = await records(app);
    expect(organisations.map((organisation) => organisation.name).sort()).toEqual(['+Plus', '=HYPERLINK("http://kwaad.example")']);
    expect(persons.map((person) => person.name).sort()).toEqual(['-Min', '@Anna']);
    expect(csvText(['Naam'], [['=HYPERLINK("http://kwaad.example")'], ['@Anna']])).toBe('\uFEFFNaam\r\n"\'=HYPERLINK(""http://kwaad.example"")"\r\n\'@Anna');
  });

  it('writes nothing on a dry run; a real run is one change that one undo takes back', async () => {
    const app = await openTestApp();
    const before = await snapshot(app.network.db);
    const beforeData = await snapshot(app.network.db, { dataOnly: true });
    const text = utf8('Organisatie;Contactpersoon;Aanbod\nA;Anna;Koor\nB;Bert;Dans\n');
    const dry = await importText(app, text, true);
    expect(dry.plan.organisations).toHaveLength(2);
    expect(await snapshot(app.network.db)).toBe(before);
    await importText(app, text);
    expect((await records(app)).offers).toHaveLength(2);
    expect(ok(await app.api.changes.list({}))).toHaveLength(1);
    ok(await app.api.changes.undo({}));
    expect(await snapshot(app.network.db, { dataOnly: true })).toBe(beforeData);
  });

  it('links to an organisation that exists, and reports a name variant as a duplicate candidate instead of merging it', async () => {
    const app = await openTestApp();
    ok(await app.api.organisation.create({ name: 'Stichting Buurtwerk Noord', kindId: 'kind-welzijn', phone: '010-4661234' }));
    const report = await importText(app, utf8('Organisatie;Telefoon\nStichting Buurtwerk Noord;\nBuurtwerk Noord;010-4661234\n'));
    expect(report.plan.existingOrganisations.map((organisation) => organisation.name)).toEqual(['Stichting Buurtwerk Noord']);
    expect(report.plan.duplicateCandidates.map((pair) => pair.labels.slice().sort())).toEqual([['Buurtwerk Noord', 'Stichting Buurtwerk Noord']]);
    expect((await records(app)).organisations).toHaveLength(2);
  });

  it('reads the first sheet of an XLSX file the same way', async () => {
    const app = await openTestApp();
    const xlsx = await writeExcelFile([[{ value: 'Organisatie' }, { value: 'Contactpersoon' }, { value: 'Mobiel' }], [{ value: 'Wijkteam Noord' }, { value: 'Sara Bakker' }, { value: '0612345678' }]]).toBuffer();
    const report = await importText(app, new Uint8Array(xlsx));
    expect(report.encoding).toBe('xlsx');
    expect((await records(app)).persons.map((person) => [person.name, person.phones[0]?.number])).toEqual([['Sara Bakker', '+31612345678']]);
  });

  it('refuses a file with neither an organisation nor a person column, naming the columns', async () => {
    const app = await openTestApp();
    await expect(importText(app, utf8('Datum;Bedrag\n2026-01-01;12\n'))).rejects.toThrow('Geen kolom voor organisatie of contactpersoon gevonden. Kolommen: Datum, Bedrag. Geef aan welke kolom wat is.');
    // The preview says the same, and still shows the columns to map.
    const preview = await importText(app, utf8('Datum;Bedrag\n2026-01-01;12\n'), true);
    expect(preview.header).toEqual(['Datum', 'Bedrag']);
    expect(preview.plan.problems).toEqual([{ line: 1, message: 'Geen kolom voor organisatie of contactpersoon gevonden. Kolommen: Datum, Bedrag. Geef aan welke kolom wat is.' }]);
  });

  it('imports 10,000 rows within 5 seconds', async () => {
    const app = await openTestApp();
    const lines = ['Organisatie;Contactpersoon;Functie;Telefoon;Aanbod'];
    for (let row = 0; row < 10_000; row++) lines.push(`Organisatie ${row % 2_000};Persoon ${row};medewerker;06${String(10_000_000 + row).slice(0, 8)};Activiteit ${row % 3}`);
    const started = performance.now();
    await importText(app, utf8(lines.join('\r\n')));
    const elapsed = performance.now() - started;
    const { organisations, persons, offers } = await records(app);
    expect([organisations.length, persons.length, offers.length]).toEqual([2_000, 10_000, 6_000]);
    expect(elapsed).toBeLessThan(5_000);
  }, 30_000);
});
