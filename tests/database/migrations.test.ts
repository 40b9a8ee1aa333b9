import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../electron/database/schema';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, DatabaseFromFutureError, migrationNames, openDatabase } from '../../electron/database/open-database';
import { fixedClock } from '../../shared/dates/clock';
import { exportNetwork, serialiseNetwork } from '../../electron/transfer/export-network';
import { importNetwork, parseNetworkFile } from '../../electron/transfer/import-network';
import { openTempDatabase, tempDir } from '../support/temp-database';

async function tableNames(db: Kysely<Schema>) {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(db);
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  it('are named with zero-padded numbers in order', () => {
    expect(migrationNames.length).toBe(currentSchemaVersion);
    migrationNames.forEach((name, index) => expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(4, '0')}-[a-z-]+$`)));
  });

  it('0001 creates every table of the domain model on an empty file', async () => {
    const network = await openTempDatabase({ migrateUpTo: 0 });
    expect(await tableNames(network.db)).toEqual([]);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 1 });
    expect(await tableNames(migrated.db)).toEqual(
      [
        'affiliation', 'casus', 'casus_follow_up', 'casus_match', 'casus_need', 'change', 'change_set', 'log_entry', 'log_entry_organisation',
        'log_entry_person', 'log_entry_tie', 'neighbourhood', 'offer', 'offer_life_domain', 'offer_neighbourhood', 'offer_pg_dimension',
        'offer_target_group', 'offer_theme', 'organisation', 'organisation_neighbourhood', 'person', 'taxonomy_term', 'tie',
      ].sort(),
    );
    const version = await sql<{ user_version: number }>`pragma user_version`.execute(migrated.db);
    expect(version.rows[0]?.user_version).toBe(1);
    // A tie must have exactly one kind of end on each side.
    await expect(
      sql`insert into tie (id, from_person_id, from_organisation_id, to_person_id, to_organisation_id, kind, warmth, note, created_at, updated_at)
          values ('t', null, null, null, null, 'kent', 'warm', '', 'x', 'x')`.execute(migrated.db),
    ).rejects.toThrow(/CHECK constraint/);
  });

  it('0002 adds the Dutch default taxonomies and keeps terms the user already made', async () => {
    const network = await openTempDatabase({ migrateUpTo: 1 });
    await sql`insert into taxonomy_term (id, taxonomy, label, parent_id, sort_order, created_at, updated_at) values ('theme-eigen', 'theme', 'muziek maken', null, 5, 'x', 'x')`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 2 });
    const terms = await migrated.db.selectFrom('taxonomy_term').select(['id', 'taxonomy', 'label', 'parent_id']).execute();
    const labels = (taxonomy: string) => terms.filter((term) => term.taxonomy === taxonomy).map((term) => term.label);
    expect(labels('pg_dimension')).toEqual(['Lichaamsfuncties', 'Mentaal welbevinden', 'Zingeving', 'Kwaliteit van leven', 'Meedoen', 'Dagelijks functioneren']);
    expect(labels('theme')).toEqual(expect.arrayContaining(['natuur', 'bewegen', 'cultuur', 'lichaam & geest', 'voeding', 'ontdekken & leren', 'ontmoeting', 'muziek maken']));
    expect(labels('referrer_type')).toEqual(expect.arrayContaining(['huisarts', 'POH-GGZ', 'Wmo-consulent', 'sociaal wijkteam', 'zelfmelder']));
    expect(labels('life_domain')).toHaveLength(8);
    expect(terms.find((term) => term.id === 'kind-huisartsenpraktijk')?.parent_id).toBe('kind-zorg');
  });

  it('0003 adds settings (JSON values only) and the map positions, and leaves the network as it was', async () => {
    const network = await openTempDatabase({ migrateUpTo: 2 });
    await sql`insert into neighbourhood (id, name, parent_id, created_at, updated_at) values ('w', 'Oude Noorden', null, 'x', 'x')`.execute(network.db);
    const before = await tableNames(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 3 });
    expect(await tableNames(migrated.db)).toEqual([...before, 'node_position', 'setting'].sort());
    expect(await migrated.db.selectFrom('neighbourhood').select('name').execute()).toEqual([{ name: 'Oude Noorden' }]);
    await sql`insert into setting (id, value) values ('casusRetentionMonths', '24')`.execute(migrated.db);
    await expect(sql`insert into setting (id, value) values ('kapot', 'geen json')`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
    await sql`insert into node_position (id, x, y) values ('person:p', 1.5, -2)`.execute(migrated.db);
    await expect(sql`insert into node_position (id, x, y) values ('person:q', 'links', 0)`.execute(migrated.db)).rejects.toThrow(/cannot store TEXT value in REAL column/);
  });

  it("0004 adds the access log beside the change log, with an index to find one casus's reads", async () => {
    const network = await openTempDatabase({ migrateUpTo: 3 });
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 4 });
    expect(await tableNames(migrated.db)).toContain('access_log');
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'access_log'`.execute(migrated.db);
    expect(rows.map((row) => row.name)).toEqual(['access_log_by_entity']);
    await sql`insert into access_log (at, actor, action, entity_kind, entity_id, detail) values ('2026-11-23T10:00:00.000Z', 'app', 'read', 'casus', 'c1', 'C-2026-001')`.execute(migrated.db);
    const { rows: plan } = await sql<{ detail: string }>`explain query plan select * from access_log where entity_kind = 'casus' and entity_id = 'c1'`.execute(migrated.db);
    expect(plan.map((step) => step.detail).join(' ')).toContain('access_log_by_entity');
    // Its own numbering: a read is never a change set, and undo never steps over it.
    await expect(sql`insert into access_log (at, actor, action, entity_kind, entity_id, detail) values ('x', 'app', 'read', 'casus', null, null)`.execute(migrated.db)).rejects.toThrow(/NOT NULL/);
  });

  it('0005 gives an existing network an id of its own, which a copy read in with import-json does not share', async () => {
    const network = await openTempDatabase({ migrateUpTo: 4 });
    await sql`insert into neighbourhood (id, name, parent_id, created_at, updated_at) values ('w', 'Oude Noorden', null, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 5 });
    const identity = await migrated.db.selectFrom('network_identity').selectAll().execute();
    expect(identity).toHaveLength(1);
    expect(identity[0]!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await migrated.db.selectFrom('neighbourhood').select('name').execute()).toEqual([{ name: 'Oude Noorden' }]);
    const other = await openTempDatabase();
    const copy = await openTempDatabase();
    await importNetwork(copy.db, await exportNetwork(migrated.db));
    const ids = await Promise.all([migrated, other, copy].map(async (opened) => (await opened.db.selectFrom('network_identity').select('id').executeTakeFirstOrThrow()).id));
    expect(new Set(ids).size).toBe(3);
  });

  it('0006 gives the shipped list values their roles, and a term the broker made none', async () => {
    const network = await openTempDatabase({ migrateUpTo: 5 });
    await sql`insert into taxonomy_term (id, taxonomy, label, parent_id, sort_order, created_at, updated_at) values ('eigen', 'target_group', 'buurtvaders', null, 50, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 6 });
    const roles = Object.fromEntries((await migrated.db.selectFrom('taxonomy_term').select(['id', 'roles']).execute()).map((row) => [row.id, JSON.parse(row.roles) as string[]]));
    expect(roles['kind-overig']).toEqual(['onbekende_soort']);
    expect(roles['target-werkenden']).toEqual(['niet_overdag', 'leeftijd_18_26', 'leeftijd_27_45', 'leeftijd_46_65']);
    expect(roles['target-nieuwkomers']).toEqual(['situatie']);
    expect(roles.eigen).toEqual([]);
    expect(roles['theme-bewegen']).toEqual([]);
    // Only a JSON list goes in.
    await expect(sql`update taxonomy_term set roles = 'situatie' where id = 'eigen'`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
  });

  it('0007 adds tasks beside a network as it was, pointing at its organisations, people and log entries', async () => {
    const network = await openTempDatabase({ migrateUpTo: 6 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into organisation (id, name, aliases, kind_id, description, address, city, facilities, tags, status, created_at, updated_at) values ('o', 'Buurtwerk Noord', '[]', 'kind-welzijn', '', '', '', '[]', '[]', 'actief', ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 7 });
    expect(await migrated.db.selectFrom('organisation').select('name').execute()).toEqual([{ name: 'Buurtwerk Noord' }]);
    await sql`insert into task (id, kind, note, due_on, created_at, updated_at) values ('t', 'introductie', '', '2026-12-01', ${at}, ${at})`.execute(migrated.db);
    await sql`insert into task_organisation (id, task_id, organisation_id, position) values ('l', 't', 'o', 0)`.execute(migrated.db);
    expect(await migrated.db.selectFrom('task_organisation').select('organisation_id').execute()).toEqual([{ organisation_id: 'o' }]);
    // Its links point at what exists.
    await expect(sql`insert into task_person (id, task_id, person_id, position) values ('p', 't', 'niemand', 0)`.execute(migrated.db)).rejects.toThrow(/FOREIGN KEY/);
    await expect(sql`update task set done_in_log_entry_id = 'geen' where id = 't'`.execute(migrated.db)).rejects.toThrow(/FOREIGN KEY/);
  });

  it('0008 adds saved map views and presentations beside a network as it was; a view points at what exists', async () => {
    const network = await openTempDatabase({ migrateUpTo: 7 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into neighbourhood (id, name, created_at, updated_at) values ('n', 'Oude Noorden', ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 8 });
    expect(await migrated.db.selectFrom('neighbourhood').select('name').execute()).toEqual([{ name: 'Oude Noorden' }]);
    const view = (id: string, neighbourhood: string) =>
      sql`insert into map_view (id, title, caption, neighbourhood_id, since_last_meeting, overlays, show_offers, size_by, person_level, focus_steps, created_at, updated_at) values (${id}, 'Nieuw', '', ${neighbourhood}, 1, '[]', 0, 'degree', 0, 0, ${at}, ${at})`.execute(migrated.db);
    await view('v', 'n');
    await expect(view('w', 'nergens')).rejects.toThrow(/FOREIGN KEY/);
    await sql`insert into presentation (id, title, created_at, updated_at) values ('p', 'Wijknetwerk december', ${at}, ${at})`.execute(migrated.db);
    await sql`insert into presentation_map_view (id, presentation_id, map_view_id, position) values ('l', 'p', 'v', 0)`.execute(migrated.db);
    await expect(sql`insert into presentation_map_view (id, presentation_id, map_view_id, position) values ('m', 'p', 'geen', 1)`.execute(migrated.db)).rejects.toThrow(/FOREIGN KEY/);
  });

  it('0009 adds meetings and uitvragen beside a network as it was: its tasks keep their rows, agreed at no meeting and owned by the broker', async () => {
    const network = await openTempDatabase({ migrateUpTo: 8 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into task (id, kind, note, due_on, created_at, updated_at) values ('t', 'introductie', 'Voorstellen', '2026-12-01', ${at}, ${at})`.execute(network.db);
    await sql`insert into organisation (id, name, aliases, kind_id, description, address, city, facilities, tags, status, created_at, updated_at) values ('o', 'Buurthuis', '[]', 'kind-welzijn', '', '', 'Rotterdam', '[]', '[]', 'actief', ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 9 });
    expect(await migrated.db.selectFrom('task').select(['id', 'kind', 'note', 'meeting_id', 'owner_person_id']).execute()).toEqual([{ id: 't', kind: 'introductie', note: 'Voorstellen', meeting_id: null, owner_person_id: null }]);
    await sql`insert into meeting (id, kind, title, held_on, place, note, created_at, updated_at) values ('m', 'wijknetwerk', 'Wijknetwerk', '2026-11-19', '', '', ${at}, ${at})`.execute(migrated.db);
    await sql`insert into meeting_attended_organisation (id, meeting_id, organisation_id, position) values ('a', 'm', 'o', 0)`.execute(migrated.db);
    await expect(sql`insert into meeting_attended_organisation (id, meeting_id, organisation_id, position) values ('b', 'm', 'nergens', 1)`.execute(migrated.db)).rejects.toThrow(/FOREIGN KEY/);
    await sql`update task set meeting_id = 'm' where id = 't'`.execute(migrated.db);
    await expect(sql`update task set owner_person_id = 'niemand' where id = 't'`.execute(migrated.db)).rejects.toThrow(/FOREIGN KEY/);
    // An uitvraag's reply names who answered: a person, an organisation, or both; never nobody.
    await sql`insert into request (id, question, asked_on, created_at, updated_at) values ('r', 'Wie heeft ruimte?', '2026-11-16', ${at}, ${at})`.execute(migrated.db);
    await sql`insert into request_reply (id, request_id, organisation_id, answered_on, answer, created_at, updated_at) values ('a', 'r', 'o', '2026-11-17', 'Ja', ${at}, ${at})`.execute(migrated.db);
    await expect(sql`insert into request_reply (id, request_id, answered_on, answer, created_at, updated_at) values ('b', 'r', '2026-11-17', 'Ja', ${at}, ${at})`.execute(migrated.db)).rejects.toThrow(/CHECK/);
  });

  it('0010 gives offers sessions, languages and accessibility and wijken postcode areas, all empty; adds two referrers unless she made them herself', async () => {
    const network = await openTempDatabase({ migrateUpTo: 9 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into organisation (id, name, aliases, kind_id, description, address, city, facilities, tags, status, created_at, updated_at) values ('o', 'Buurthuis', '[]', 'kind-welzijn', '', '', 'Rotterdam', '[]', '[]', 'actief', ${at}, ${at})`.execute(network.db);
    await sql`insert into offer (id, organisation_id, title, description, location, times_of_day, schedule, cost, is_free, access, has_waiting_list, status, created_at, updated_at) values ('a', 'o', 'Inloop', '', '', '["ochtend"]', 'dinsdag', 'gratis', 1, 'vrije_inloop', 0, 'actief', ${at}, ${at})`.execute(network.db);
    await sql`insert into neighbourhood (id, name, created_at, updated_at) values ('n', 'Oude Noorden', ${at}, ${at})`.execute(network.db);
    await sql`insert into taxonomy_term (id, taxonomy, label, sort_order, created_at, updated_at) values ('eigen-fysio', 'referrer_type', 'Fysiotherapeut', 200, ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 10 });
    expect(await migrated.db.selectFrom('offer').select(['title', 'schedule', 'sessions', 'languages', 'for_language_learners', 'accessibility']).execute()).toEqual([{ title: 'Inloop', schedule: 'dinsdag', sessions: '[]', languages: '[]', for_language_learners: 0, accessibility: '[]' }]);
    expect(await migrated.db.selectFrom('neighbourhood').select(['name', 'postcode_areas']).execute()).toEqual([{ name: 'Oude Noorden', postcode_areas: '[]' }]);
    const referrers = await migrated.db.selectFrom('taxonomy_term').select(['id', 'label']).where('taxonomy', '=', 'referrer_type').where('label', 'in', ['Fysiotherapeut', 'fysiotherapeut', 'geestelijk verzorger / predikant']).orderBy('id').execute();
    expect(referrers).toEqual([
      { id: 'eigen-fysio', label: 'Fysiotherapeut' },
      { id: 'referrer-geestelijk-verzorger', label: 'geestelijk verzorger / predikant' },
    ]);
    // Only a JSON list goes in.
    await expect(sql`update offer set languages = 'nl' where id = 'a'`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
    await expect(sql`update neighbourhood set postcode_areas = '{"a":1}' where id = 'n'`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
  });

  it('0011 gives casussen an empty gender, languages, accessibility needs and availability; only JSON lists go in', async () => {
    const network = await openTempDatabase({ migrateUpTo: 10 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into casus (id, code, opened_on, referrer_type_id, question, wishes_and_talents, barriers, status, conversation_count, unmet_need_reason, outcome, created_at, updated_at) values ('c', 'C-2026-001', '2026-10-01', 'referrer-huisarts', '', '', '["taal"]', 'aangemeld', 0, '', '', ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 11 });
    expect(await migrated.db.selectFrom('casus').select(['code', 'barriers', 'gender', 'languages', 'accessibility_needs', 'availability']).execute()).toEqual([{ code: 'C-2026-001', barriers: '["taal"]', gender: null, languages: '[]', accessibility_needs: '[]', availability: '[]' }]);
    await expect(sql`update casus set availability = 'avond' where id = 'c'`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
  });

  it('0012 gives casussen no drop-out reason and no scores, follow-ups no reason to stop; only a JSON list of scores goes in', async () => {
    const network = await openTempDatabase({ migrateUpTo: 11 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into casus (id, code, opened_on, referrer_type_id, question, wishes_and_talents, barriers, status, conversation_count, unmet_need_reason, outcome, created_at, updated_at) values ('c', 'C-2026-001', '2026-10-01', 'referrer-huisarts', '', '', '[]', 'lopend', 2, '', '', ${at}, ${at})`.execute(network.db);
    await sql`insert into casus_follow_up (id, casus_id, due_on, done_on, still_participating, note, created_at, updated_at) values ('f', 'c', '2026-10-15', '2026-10-15', 0, '', ${at}, ${at})`.execute(network.db);
    await network.close();
    const migrated = await openTempDatabase({ file: network.file, migrateUpTo: 12 });
    expect(await migrated.db.selectFrom('casus').select(['code', 'status', 'status_reason', 'pg_scores']).execute()).toEqual([{ code: 'C-2026-001', status: 'lopend', status_reason: null, pg_scores: '[]' }]);
    expect(await migrated.db.selectFrom('casus_follow_up').select(['id', 'still_participating', 'stop_reason']).execute()).toEqual([{ id: 'f', still_participating: 0, stop_reason: null }]);
    await expect(sql`update casus set pg_scores = '{"intake": 5}' where id = 'c'`.execute(migrated.db)).rejects.toThrow(/CHECK constraint/);
  });

  it('reads a network file of version 9: its offers and wijken get the empty new fields, and the two new referrers', async () => {
    const old = await openTempDatabase({ migrateUpTo: 9 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into neighbourhood (id, name, created_at, updated_at) values ('n', 'Oude Noorden', ${at}, ${at})`.execute(old.db);
    const exported = await exportNetwork(old.db);
    const target = await openTempDatabase();
    await importNetwork(target.db, parseNetworkFile(serialiseNetwork({ ...exported, schemaVersion: 9 })));
    expect(await target.db.selectFrom('neighbourhood').select(['id', 'postcode_areas']).execute()).toEqual([{ id: 'n', postcode_areas: '[]' }]);
    expect((await target.db.selectFrom('taxonomy_term').select('id').where('id', 'like', 'referrer-%').execute()).map((row) => row.id)).toEqual(expect.arrayContaining(['referrer-fysiotherapeut', 'referrer-geestelijk-verzorger']));
  });

  it('reads a network file of version 8: its tasks get no meeting and no owner, and it has no meetings', async () => {
    const old = await openTempDatabase({ migrateUpTo: 8 });
    const at = '2026-11-01T10:00:00.000Z';
    await sql`insert into task (id, kind, note, due_on, created_at, updated_at) values ('t', 'introductie', 'Voorstellen', '2026-12-01', ${at}, ${at})`.execute(old.db);
    const exported = await exportNetwork(old.db);
    expect(exported.tables.meeting).toBeUndefined();
    const target = await openTempDatabase();
    await importNetwork(target.db, parseNetworkFile(serialiseNetwork({ ...exported, schemaVersion: 8 })));
    expect(await target.db.selectFrom('task').select(['id', 'meeting_id', 'owner_person_id']).execute()).toEqual([{ id: 't', meeting_id: null, owner_person_id: null }]);
    expect(await target.db.selectFrom('meeting_attended_person').selectAll().execute()).toEqual([]);
  });

  it('reads a network file exported before an update: its rows get what the migrations since then added', async () => {
    const old = await openTempDatabase({ migrateUpTo: 5 });
    const exported = await exportNetwork(old.db);
    const file = parseNetworkFile(serialiseNetwork({ ...exported, schemaVersion: 5 }));
    expect(file.schemaVersion).toBe(currentSchemaVersion);
    const target = await openTempDatabase();
    await importNetwork(target.db, file);
    const overig = await target.db.selectFrom('taxonomy_term').select(['label', 'roles']).where('id', '=', 'kind-overig').executeTakeFirstOrThrow();
    expect(overig).toEqual({ label: 'overig', roles: '["onbekende_soort"]' });
    // Written before tasks existed: it has none, and says so by lacking the table, which reading it in adds.
    expect(exported.tables.task).toBeUndefined();
    expect(await target.db.selectFrom('task').selectAll().execute()).toEqual([]);
    expect(await target.db.selectFrom('map_view').selectAll().execute()).toEqual([]);
    expect(await target.db.selectFrom('meeting').selectAll().execute()).toEqual([]);
    expect(() => parseNetworkFile(serialiseNetwork({ ...exported, schemaVersion: 4 }))).toThrow('Het netwerkbestand heeft schemaversie 4; deze Spinweb leest versie 5 tot en met');
  });

  it('copies the file aside before migrating an existing network', async () => {
    const dir = tempDir();
    const file = join(dir, 'network.sqlite');
    const old = await openDatabase(file, { migrateUpTo: 1 });
    await sql`insert into neighbourhood (id, name, parent_id, created_at, updated_at) values ('w', 'Oude Noorden', null, 'x', 'x')`.execute(old.db);
    await old.close();
    const migrated = await openDatabase(file, { clock: fixedClock('2026-11-23T10:00:00Z') });
    await migrated.close();
    const backups = readdirSync(dir).filter((name) => name.endsWith('.backup'));
    expect(backups).toEqual(['network.sqlite.v1-2026-11-23T10-00-00-000Z.backup']);
    const copy = await openDatabase(join(dir, backups[0]!), { migrateUpTo: 1 });
    const rows = await copy.db.selectFrom('neighbourhood').select('name').execute();
    const terms = await copy.db.selectFrom('taxonomy_term').select('id').execute();
    await copy.close();
    expect(rows).toEqual([{ name: 'Oude Noorden' }]);
    expect(terms).toEqual([]);
  });

  it('makes no copy when creating a new file', async () => {
    const network = await openTempDatabase();
    expect(readdirSync(dirname(network.file)).filter((name) => name.endsWith('.backup'))).toEqual([]);
  });

  it('refuses a database from a newer Spinweb and leaves the file untouched', async () => {
    const network = await openTempDatabase();
    await sql.raw(`pragma user_version = ${currentSchemaVersion + 1}`).execute(network.db);
    await network.close();
    const before = readFileSync(network.file);
    await expect(openDatabase(network.file)).rejects.toBeInstanceOf(DatabaseFromFutureError);
    await expect(openDatabase(network.file)).rejects.toThrow(/nieuwere versie van Spinweb/);
    expect(readFileSync(network.file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database, with a clear message', async () => {
    const file = join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'Dit is een boodschappenlijstje, geen database. '.repeat(40));
    const before = readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/geen Spinweb-database/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
