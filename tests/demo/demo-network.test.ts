import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkLinks } from '../../shared/analysis/network-structure';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { generateDemoNetwork } from '../../electron/demo/demo-network';
import { overlapGroups } from '../../electron/demo/demo-organisations';
import { offerGaps } from '../../electron/demo/demo-places';
import type { SpinwebDatabase } from '../../electron/database/open-database';
import { networkStats } from '../../electron/services/network-stats';
import { expectDemoSize } from '../support/demo-size';
import { appFor, ok, openSuiteDatabase, openTempDatabase } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

const today = '2026-11-23';

describe('the demo network', () => {
  let network: SpinwebDatabase;

  beforeAll(async () => {
    // Built once: the checks below only read.
    const suite = await openSuiteDatabase();
    network = suite.network;
    await buildDemoNetwork(network.db, { seed: 2026, today });
    return suite.dispose;
  });

  it('has at least the size of a real Rotterdam Noord network', async () => {
    expectDemoSize(await networkStats(network.db));
  });

  it('has casussen in every status, and log entries spread over two years', async () => {
    const statuses = await network.db.selectFrom('casus').select('status').distinct().execute();
    expect(statuses.map((row) => row.status).sort()).toEqual(['afgerond', 'afgezien', 'aangemeld', 'geen_passend_aanbod', 'gekoppeld', 'in_gesprek', 'lopend', 'niet_bereikt', 'niet_passend', 'zoeken'].sort());
    const range = await network.db.selectFrom('log_entry').select((eb) => [eb.fn.min('occurred_on').as('first'), eb.fn.max('occurred_on').as('last')]).executeTakeFirstOrThrow();
    expect(range.first < '2025-01-01').toBe(true);
    expect(range.last > '2026-09-01').toBe(true);
  });

  it('uses only fictional contact details', async () => {
    const { rows } = await sql<{ email: string }>`select email from person where email is not null union select email from organisation where email is not null`.execute(network.db);
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.every((row) => row.email.endsWith('.example'))).toBe(true);
    const sites = await network.db.selectFrom('organisation').select('website').where('website', 'is not', null).execute();
    expect(sites.every((row) => /^https:\/\/www\.[a-z0-9-]+\.example$/.test(row.website!))).toBe(true);
  });

  it('contains organisations offering the same thing in the same wijk without knowing each other', async () => {
    for (const group of overlapGroups) {
      const { rows } = await sql<{ id: string; name: string }>`
        select distinct g.id, g.name from offer o
        join organisation g on g.id = o.organisation_id
        join offer_neighbourhood n on n.offer_id = o.id
        join neighbourhood w on w.id = n.neighbourhood_id
        where o.title = ${group.title} and w.name = ${group.neighbourhoodName} and g.name in (${sql.join(group.organisations)})`.execute(network.db);
      expect(rows.map((row) => row.name).sort()).toEqual([...group.organisations].sort());
      const ids = rows.map((row) => row.id);
      // No tie between the organisations or anyone working there.
      const { rows: ties } = await sql<{ n: number }>`
        with member(kind, id, home) as (
          select 'organisation', id, id from organisation where id in (${sql.join(ids)})
          union all select 'person', person_id, organisation_id from affiliation where organisation_id in (${sql.join(ids)})
        )
        select count(*) as n from tie t
        join member a on (a.kind = 'person' and a.id = t.from_person_id) or (a.kind = 'organisation' and a.id = t.from_organisation_id)
        join member b on (b.kind = 'person' and b.id = t.to_person_id) or (b.kind = 'organisation' and b.id = t.to_organisation_id)
        where a.home <> b.home`.execute(network.db);
      expect(ties[0]?.n).toBe(0);
    }
  });

  it('leaves some wijk/theme combinations without any offer', async () => {
    for (const gap of offerGaps) {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from offer o
        join offer_neighbourhood n on n.offer_id = o.id and n.neighbourhood_id = ${gap.neighbourhoodId}
        join offer_theme t on t.offer_id = o.id and t.term_id = ${gap.themeId}`.execute(network.db);
      expect(rows[0]?.n).toBe(0);
    }
  });

  it('contains duplicate records under spelling variants', async () => {
    const { rows: organisations } = await sql<{ a: string; b: string }>`
      select x.name as a, y.name as b from organisation x join organisation y on x.id < y.id
      where x.phone = y.phone or x.email = y.email or (x.postcode = y.postcode and x.address = y.address)`.execute(network.db);
    expect(organisations.map((row) => [row.a, row.b].sort().join(' / '))).toEqual(
      expect.arrayContaining(['Buurtwerk Noord / Stichting Buurtwerk Noord', 'Bibliotheek Oude Noorden / Bieb Oude Noorden', 'Vrijwilligers Centrale Noord / Vrijwilligerscentrale Noord']),
    );
    const { rows: people } = await sql<{ n: number }>`
      select count(*) as n from (
        select json_extract(p.value, '$.number') as number from person, json_each(person.phones) p
        where json_extract(p.value, '$.label') = 'mobiel' group by number having count(*) > 1)`.execute(network.db);
    expect(people[0]?.n).toBeGreaterThanOrEqual(4);
  });

  it('has warm contacts not spoken to for over a year', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from person p
      where p.broker_warmth = 'warm'
        and (select max(l.occurred_on) from log_entry l join log_entry_person lp on lp.log_entry_id = l.id where lp.person_id = p.id) < date(${today}, '-365 days')`.execute(network.db);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(10);
  });

  it('has casus needs that found no match', async () => {
    const unmet = await network.db.selectFrom('casus').select(['unmet_need_reason']).where('status', '=', 'geen_passend_aanbod').execute();
    expect(unmet.length).toBeGreaterThanOrEqual(3);
    expect(unmet.every((row) => row.unmet_need_reason.startsWith('Geen aanbod voor'))).toBe(true);
  });

  it('comes with its map laid out, every node placed, so Netwerk opens on it', async () => {
    const app = appFor(network);
    const positions = ok(await app.api.network.positions({}));
    const nodeIds = networkLinks(ok(await app.api.network.load({}))).nodeIds;
    expect(Object.keys(positions).sort()).toEqual([...nodeIds].sort());
    const xs = Object.values(positions).map((position) => position.x);
    // Spread out, not all on one spot.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
  });

  it('is deterministic: the same seed and date give the same network and map', async () => {
    expect(generateDemoNetwork({ seed: 5, today })).toEqual(generateDemoNetwork({ seed: 5, today }));
    expect(generateDemoNetwork({ seed: 5, today }).persons[0]).not.toEqual(generateDemoNetwork({ seed: 6, today }).persons[0]);
    const again = await openTempDatabase();
    await buildDemoNetwork(again.db, { seed: 2026, today });
    expect(await snapshot(again.db)).toBe(await snapshot(network.db));
  });

  it('is only built into an empty database', async () => {
    const target = await openTempDatabase();
    ok(await appFor(target).api.organisation.create({ name: 'Eigen organisatie', kindId: 'kind-welzijn' }));
    await expect(buildDemoNetwork(target.db, { seed: 1, today })).rejects.toThrow(/bevat al een netwerk/);
  });
});
