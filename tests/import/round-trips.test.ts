import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { importSpreadsheet } from '../../electron/services/import-spreadsheet';
import { exportVcards } from '../../electron/services/vcard-export';
import { contactsHeader, contactsTable } from '../../shared/export/contacts-table';
import { csvText } from '../../shared/export/csv-text';
import { offersHeader, offersTable } from '../../shared/export/offers-table';
import { appFor, ok, openSuiteDatabase, openTestApp, type TestApp } from '../support/temp-database';

/** What a contacts export carries, per person: comparable across databases (ids differ). */
async function contacts(app: TestApp) {
  const data = ok(await app.api.network.load({}));
  const organisationName = new Map(data.organisations.map((organisation) => [organisation.id, organisation.name]));
  const active = <Item extends { archivedAt: string | null }>(items: readonly Item[]) => items.filter((item) => item.archivedAt === null);
  return {
    persons: active(data.persons)
      .map((person) => ({
        name: person.name,
        phones: person.phones.map((phone) => phone.number).sort(),
        email: person.email,
        roles: active(data.affiliations)
          .filter((affiliation) => affiliation.personId === person.id)
          .map((affiliation) => `${organisationName.get(affiliation.organisationId)}: ${affiliation.role}`)
          .sort(),
      }))
      .sort((left, right) => JSON.stringify(left).localeCompare(JSON.stringify(right))),
    organisations: active(data.organisations)
      .map((organisation) => ({ name: organisation.name, postcode: organisation.postcode, website: organisation.website, offers: active(data.offers).filter((offer) => offer.organisationId === organisation.id).map((offer) => offer.title).sort() }))
      .sort((left, right) => left.name.localeCompare(right.name)),
    data,
  };
}

describe('round trips through the files a broker exchanges', () => {
  it('CSV contacts export of the demo, imported into an empty database, gives the same people, roles and organisations', async () => {
    const suite = await openSuiteDatabase();
    const source = appFor(suite.network);
    await buildDemoNetwork(suite.network.db, { seed: 2026, today: '2026-11-23' });
    const before = await contacts(source);
    const text = csvText(contactsHeader, contactsTable(before.data));
    const target = await openTestApp();
    await importSpreadsheet(target.context, new TextEncoder().encode(text), { source: 'export.csv', dryRun: false });
    const after = await contacts(target);
    expect(after.persons).toEqual(before.persons);
    expect(after.organisations).toEqual(before.organisations);
    await suite.dispose();
  }, 60_000);

  it('offers export of the demo, imported into an empty database, gives the same offers with every field it carries', async () => {
    const suite = await openSuiteDatabase();
    const source = appFor(suite.network);
    await buildDemoNetwork(suite.network.db, { seed: 2026, today: '2026-11-23' });
    // Three offers with everything set, the rest as the demo has them.
    const [first, second, third] = ok(await source.api.offer.list({})).filter((offer) => offer.archivedAt === null);
    ok(await source.api.offer.update({ id: first!.id, patch: { sessions: [{ weekdays: ['di', 'do'], startsAt: '10:00', endsAt: '11:30', frequency: 'tweewekelijks' }, { weekdays: ['za'], startsAt: '14:00', endsAt: null, frequency: 'maandelijks' }], schedule: 'niet in de schoolvakanties', timesOfDay: ['ochtend', 'middag', 'weekend'], languages: ['nl', 'ar', 'tr'], forLanguageLearners: true, accessibility: ['rolstoel', 'aangepast_toilet'], capacity: 12, hasWaitingList: true, access: 'aanmelden', cost: '€ 2 per keer', isFree: false, lifeDomainIds: ['domain-wonen'], pgDimensionIds: ['pg-meedoen', 'pg-zingeving'] } }));
    ok(await source.api.offer.update({ id: second!.id, patch: { sessions: [{ weekdays: ['wo'], startsAt: null, endsAt: null, frequency: 'eenmalig' }], languages: ['en'], access: 'indicatie' } }));
    ok(await source.api.offer.update({ id: third!.id, patch: { accessibility: ['ringleiding'], hasWaitingList: true, access: 'verwijzing' } }));
    const offersOf = async (app: TestApp) => {
      const data = ok(await app.api.network.load({}));
      const name = (id: string) => data.organisations.find((organisation) => organisation.id === id)?.name;
      const neighbourhood = (id: string) => data.neighbourhoods.find((candidate) => candidate.id === id)?.name;
      return data.offers
        .filter((offer) => offer.archivedAt === null)
        .map(({ organisationId, title, description, themeIds, targetGroupIds, lifeDomainIds, pgDimensionIds, neighbourhoodIds, location, sessions, schedule, timesOfDay, cost, isFree, access, capacity, hasWaitingList, languages, forLanguageLearners, accessibility }) => ({
          organisation: name(organisationId),
          title: title.replace(/;/g, ','),
          description,
          terms: [...themeIds, ...targetGroupIds, ...lifeDomainIds, ...pgDimensionIds].sort(),
          neighbourhoods: neighbourhoodIds.map(neighbourhood).sort(),
          location,
          sessions,
          schedule,
          timesOfDay,
          cost,
          isFree,
          access,
          capacity,
          hasWaitingList,
          languages,
          forLanguageLearners,
          accessibility,
        }))
        .sort((left, right) => `${left.organisation}|${left.title}`.localeCompare(`${right.organisation}|${right.title}`));
    };
    const before = await offersOf(source);
    const text = csvText(offersHeader, offersTable(ok(await source.api.network.load({}))));
    const target = await openTestApp();
    const report = await importSpreadsheet(target.context, new TextEncoder().encode(text), { source: 'aanbod.csv', dryRun: false });
    expect(report.plan.problems).toEqual([]);
    expect(await offersOf(target)).toEqual(before);
    await suite.dispose();
  }, 60_000);

  it('vCard export of the demo, imported into an empty database, gives the same people with their numbers and e-mail', async () => {
    const suite = await openSuiteDatabase();
    const source = appFor(suite.network);
    await buildDemoNetwork(suite.network.db, { seed: 2026, today: '2026-11-23' });
    const { text, count } = await exportVcards(source.context);
    expect(count).toBeGreaterThan(300);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    const target = await openTestApp();
    await importSpreadsheet(target.context, new TextEncoder().encode(text), { source: 'export.vcf', dryRun: false });
    const before = await contacts(source);
    const after = await contacts(target);
    expect(after.persons.map(({ name, phones, email }) => ({ name, phones, email }))).toEqual(before.persons.map(({ name, phones, email }) => ({ name, phones, email })));
    expect(after.persons).toHaveLength(count);
    await suite.dispose();
  }, 60_000);

  it('reads vCard 3.0 and 4.0 with folded lines and several numbers per card', async () => {
    const app = await openTestApp();
    const cards = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ans de Vries',
      'N:de Vries;Ans;;;',
      'ORG:Buurtwerk Noord;Team Oost',
      'TITLE:coördina',
      ' tor',
      'TEL;TYPE=CELL:06-12345678',
      'TEL;TYPE=WORK,VOICE:010 466 1234',
      'EMAIL;TYPE=INTERNET:Ans@Buurtwerk.example',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Bert Bakker',
      'TEL;VALUE=uri;TYPE="cell,voice":tel:+31-6-87654321',
      'END:VCARD',
      '',
    ].join('\r\n');
    const report = await importSpreadsheet(app.context, new TextEncoder().encode(cards), { source: 'kaartjes.vcf', dryRun: false });
    expect(report.encoding).toBe('vcard');
    const { persons, organisations } = await contacts(app);
    expect(persons).toEqual([
      { name: 'Ans de Vries', phones: ['+31104661234', '+31612345678'], email: 'ans@buurtwerk.example', roles: ['Buurtwerk Noord: coördinator'] },
      { name: 'Bert Bakker', phones: ['+31687654321'], email: null, roles: [] },
    ]);
    expect(organisations.map((organisation) => organisation.name)).toEqual(['Buurtwerk Noord']);
  });

  it('refuses a broken vCard with its own error, writing nothing', async () => {
    const app = await openTestApp();
    await expect(importSpreadsheet(app.context, new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zonder einde\r\n'), { source: 'kapot.vcf', dryRun: false })).rejects.toThrow(/vCard-bestand kan niet worden gelezen/);
    expect(ok(await app.api.person.list({}))).toEqual([]);
  });
});
