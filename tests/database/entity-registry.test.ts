import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { entityDefinitions, entityRegistry } from '../../shared/domain/entity-registry';
import { entityKinds } from '../../shared/domain/record';
import { entityServices } from '../../electron/services/entity-services';
import { ok, openTempDatabase, openTestApp, testToday } from '../support/temp-database';
import { pointersAt } from '../../electron/services/pointers';
import { personExportSections } from '../../electron/services/person-rights';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import type { EntityKey } from '../../shared/domain/entity-registry';

describe('the entity registry', () => {
  it('has one entry per kind, each with its own table', () => {
    expect(entityDefinitions.map((definition) => definition.kind)).toEqual([...entityKinds]);
    expect(new Set(entityDefinitions.map((definition) => definition.table)).size).toBe(entityKinds.length);
    for (const kind of entityKinds) expect(entityServices[kind].storage.table).toBe(entityRegistry[kind].table);
  });

  it('names exactly the relations the migrated schema holds: every foreign key, none made up', async () => {
    const network = await openTempDatabase();
    const ownerOfLinkTable = new Map<string, string>(Object.values(entityServices).flatMap(({ storage }) => storage.links.map((link) => [link.table, storage.table] as const)));
    const entityTables = new Set(entityDefinitions.map((definition) => definition.table));
    const inSchema = new Set<string>();
    for (const table of [...entityTables, ...ownerOfLinkTable.keys()]) {
      const { rows } = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${table})`.execute(network.db);
      const owner = ownerOfLinkTable.get(table) ?? table;
      // A link table's key back to its owner is the link itself, not a relation of the owner.
      for (const row of rows) if (!(ownerOfLinkTable.has(table) && row.table === owner)) inSchema.add(`${owner} -> ${row.table}`);
    }
    const inRegistry = new Set(
      entityDefinitions.flatMap((definition) =>
        definition.references.flatMap((reference) => ('end' in reference ? ['person', 'organisation'].map((end) => `${definition.table} -> ${end}`) : [`${definition.table} -> ${entityRegistry[reference.to].table}`])),
      ),
    );
    expect([...inRegistry].sort()).toEqual([...inSchema].sort());
  });
});

describe('what points at a record, derived from the registry', () => {
  it('knows which references a record cannot lose (not null) and which need one another (a check), as the schema says', async () => {
    const network = await openTempDatabase();
    for (const kind of entityKinds) {
      for (const pointer of pointersAt(kind)) {
        if (pointer.via !== 'column') continue;
        const { rows } = await sql<{ name: string; notnull: number }>`select name, "notnull" from pragma_table_info(${pointer.table})`.execute(network.db);
        expect(pointer.required, `${pointer.table}.${pointer.column}`).toBe(rows.find((row) => row.name === pointer.column)?.notnull === 1);
        const { rows: created } = await sql<{ sql: string }>`select sql from sqlite_master where name = ${pointer.table}`.execute(network.db);
        const needsOneOf = pointer.orElseColumn ? new RegExp(`${pointer.orElseColumn} is not null or ${pointer.column} is not null|${pointer.column} is not null or ${pointer.orElseColumn} is not null`) : null;
        if (needsOneOf) expect(created[0]?.sql, `${pointer.table}.${pointer.column}`).toMatch(needsOneOf);
      }
    }
  });

  it('erases a person so that nothing anywhere points at them, and lists every kind of record about them in the AVG export', async () => {
    const app = await openTestApp();
    await buildDemoNetwork(app.network.db, { seed: 2026, today: testToday });
    const pointers = pointersAt('person');
    // The busiest person of the demo: every kind of reference at once where the demo has it.
    const counts = new Map<string, number>();
    for (const pointer of pointers) {
      const column = pointer.via === 'link' ? pointer.valueColumn : pointer.column;
      const { rows } = await sql<{ id: string; n: number }>`select ${sql.ref(column)} as id, count(*) as n from ${sql.table(pointer.table)} where ${sql.ref(column)} is not null group by 1`.execute(app.network.db);
      for (const row of rows) counts.set(row.id, (counts.get(row.id) ?? 0) + (row.n > 0 ? 1 : 0));
    }
    const [busiest] = [...counts.entries()].sort((left, right) => right[1] - left[1]);
    expect(busiest![1]).toBeGreaterThanOrEqual(4);
    const exported = ok(await app.api.person.exportData({ id: busiest![0] }));
    for (const pointer of pointers) expect(exported, pointer.owner.key).toHaveProperty(personExportSections[pointer.owner.key as EntityKey] ?? `(${pointer.owner.key} ontbreekt in de export)`);
    ok(await app.api.person.erase({ id: busiest![0] }));
    for (const pointer of pointers) {
      const column = pointer.via === 'link' ? pointer.valueColumn : pointer.column;
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(pointer.table)} where ${sql.ref(column)} = ${busiest![0]}`.execute(app.network.db);
      expect(rows[0]?.n, `${pointer.table}.${column}`).toBe(0);
    }
  });
});
