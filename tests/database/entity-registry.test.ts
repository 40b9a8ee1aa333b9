import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { entityDefinitions, entityRegistry } from '../../shared/domain/entity-registry';
import { entityKinds } from '../../shared/domain/record';
import { entityServices } from '../../electron/services/entity-services';
import { openTempDatabase } from '../support/temp-database';

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
