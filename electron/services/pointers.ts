import { sql, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import { entityDefinitions, entityRegistry, type EntityDefinition } from '../../shared/domain/entity-registry';
import { chunked, type Executor } from '../changes/row-access';
import type { EntityKind } from '../../shared/domain/record';
import type { EntityTable, LinkTable } from '../database/schema';
import { entityServices } from './entity-services';

/**
 * One place where records of one kind point at records of another, as it is
 * stored: a column of the owner's table, a row of a link table, or a tie's
 * end. Merging re-points these, erasing clears or removes them, the
 * person-rights export lists them; all three read them from here, derived
 * from the entity registry, so a new entity's references are never missed.
 */
export type Pointer =
  | {
      via: 'column';
      owner: EntityDefinition;
      field: string;
      table: EntityTable;
      column: string;
      /** The owner cannot exist without it (`not null`): when the target goes, so does the owner. */
      required: boolean;
      /** The owner needs this column or that one (`check (a is not null or b is not null)`). */
      orElseColumn: string | null;
    }
  | { via: 'link'; owner: EntityDefinition; field: string; table: LinkTable; ownerColumn: string; valueColumn: string }
  | { via: 'tieEnd'; owner: EntityDefinition; field: 'from' | 'to'; table: EntityTable; column: string };

/** `organisationId` -> `organisation_id`: the naming rule every repository follows. */
function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function isRequired(owner: EntityDefinition, field: string): boolean {
  const shape: Readonly<Record<string, z.ZodType | undefined>> = owner.schemas.fields.shape;
  const fieldSchema = shape[field];
  return fieldSchema !== undefined && !fieldSchema.safeParse(null).success;
}

/** Every place that points at a record of `kind`. */
export function pointersAt(kind: EntityKind): Pointer[] {
  return entityDefinitions.flatMap((owner): Pointer[] =>
    owner.references.flatMap((reference): Pointer[] => {
      if ('end' in reference) {
        if (kind !== 'person' && kind !== 'organisation') return [];
        return [{ via: 'tieEnd', owner, field: reference.field, table: owner.table as EntityTable, column: `${reference.field}_${kind}_id` }];
      }
      if (reference.to !== kind) return [];
      if (reference.many) {
        const link = entityServices[owner.kind].storage.links.find((candidate) => candidate.field === reference.field);
        if (!link) throw new Error(`${owner.kind}.${reference.field} has no link table`);
        return [{ via: 'link', owner, field: reference.field, table: link.table, ownerColumn: link.ownerColumn, valueColumn: link.valueColumn }];
      }
      const orElse = 'orElse' in reference && reference.orElse ? columnOf(reference.orElse) : null;
      return [{ via: 'column', owner, field: reference.field, table: owner.table as EntityTable, column: columnOf(reference.field), required: isRequired(owner, reference.field), orElseColumn: orElse }];
    }),
  );
}

async function idsWhere(executor: Executor, table: string, column: string, ids: readonly string[], extra = sql``): Promise<string[]> {
  const found: string[] = [];
  for (const batch of chunked(ids, 1)) {
    const { rows } = await sql<{ id: string }>`select id from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(batch)}) ${extra}`.execute(executor);
    found.push(...rows.map((row) => row.id));
  }
  return found;
}

async function run(executor: Executor, statement: (batch: readonly string[]) => RawBuilder<unknown>, ids: readonly string[]): Promise<void> {
  for (const batch of chunked(ids, 1)) await statement(batch).execute(executor);
}

/**
 * Deletes records for good (an erasure), with what cannot exist without
 * them: a role of an erased person, a tie with them and its place in the
 * log. What only mentions them forgets them: an offer's contact person, a
 * casus's referrer, a log entry's participant. Runs in the caller's
 * transaction; outside the change log (an erasure is not undone).
 */
export async function removeRecords(executor: Executor, kind: EntityKind, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const pointer of pointersAt(kind)) {
    if (pointer.via === 'link') {
      await run(executor, (batch) => sql`delete from ${sql.table(pointer.table)} where ${sql.ref(pointer.valueColumn)} in (${sql.join(batch)})`, ids);
    } else if (pointer.via === 'tieEnd' || pointer.required) {
      await removeRecords(executor, pointer.owner.kind, await idsWhere(executor, pointer.table, pointer.column, ids));
    } else {
      // A record that names nothing else once this is gone (a casus match without offer or person) goes too.
      if (pointer.orElseColumn) await removeRecords(executor, pointer.owner.kind, await idsWhere(executor, pointer.table, pointer.column, ids, sql`and ${sql.ref(pointer.orElseColumn)} is null`));
      await run(executor, (batch) => sql`update ${sql.table(pointer.table)} set ${sql.ref(pointer.column)} = null where ${sql.ref(pointer.column)} in (${sql.join(batch)})`, ids);
    }
  }
  for (const link of entityServices[kind].storage.links) await run(executor, (batch) => sql`delete from ${sql.table(link.table)} where ${sql.ref(link.ownerColumn)} in (${sql.join(batch)})`, ids);
  await run(executor, (batch) => sql`delete from ${sql.table(entityRegistry[kind].table)} where id in (${sql.join(batch)})`, ids);
}
