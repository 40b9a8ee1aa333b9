import { sql } from 'kysely';
import type { MergeOutcome } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { mergedNeighbourhoodFields, mergedOrganisationFields, mergedPersonFields, mergedTermFields } from '../../shared/domain/merged-fields';
import type { RecordMeta } from '../../shared/domain/record';
import type { ChangeRecorder } from '../changes/change-recorder';
import type { Row } from '../changes/row';
import { runChange } from '../changes/run-change';
import type { TableName } from '../database/schema';
import { linkRowId, readRecords, type EntityRepository } from '../repositories/entity-repository';
import { organisationRepository } from '../repositories/organisation-repository';
import { personRepository } from '../repositories/person-repository';
import { taxonomyTermRepository } from '../repositories/taxonomy-term-repository';
import { neighbourhoodRepository } from '../repositories/neighbourhood-repository';
import { entityServices } from './entity-services';
import { pointersAt, type Pointer } from './pointers';
import type { Executor } from '../changes/row-access';
import type { ServiceContext } from './service-context';

export interface MergeInput {
  kind: 'organisation' | 'person' | 'taxonomyTerm' | 'neighbourhood';
  keepId: string;
  dropId: string;
}


async function rowsWhere(recorder: ChangeRecorder, table: TableName, column: string, value: string): Promise<Row[]> {
  const { rows } = await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(recorder.trx);
  return rows;
}

/** The column of a pointer that holds the id pointed at. */
function pointingColumn(pointer: Pointer): string {
  return pointer.via === 'link' ? pointer.valueColumn : pointer.column;
}

/** Points every `column = dropId` of a table at `keepId`. */
async function repoint(recorder: ChangeRecorder, table: TableName, column: string, dropId: string, keepId: string): Promise<number> {
  const rows = await rowsWhere(recorder, table, column, dropId);
  for (const row of rows) await recorder.update(table, row.id, { [column]: keepId });
  return rows.length;
}

/** Moves link rows that hold the duplicate (a log entry's participants) to the kept record, without doubles. */
async function relink(recorder: ChangeRecorder, table: TableName, ownerColumn: string, valueColumn: string, dropId: string, keepId: string): Promise<number> {
  const rows = await rowsWhere(recorder, table, valueColumn, dropId);
  for (const row of rows) {
    const owner = String(row[ownerColumn]);
    const value = keepId;
    await recorder.remove(table, row.id);
    const exists = await rowsWhere(recorder, table, 'id', linkRowId(owner, value));
    if (exists.length === 0) await recorder.insert(table, [{ id: linkRowId(owner, value), [ownerColumn]: owner, [valueColumn]: value, position: Number(row.position) }]);
  }
  return rows.length;
}

/** Ties of the dropped record go to the kept one; a tie between the two duplicates means nothing any more and is archived. */
async function moveTieEnd(recorder: ChangeRecorder, column: string, dropId: string, keepId: string, at: string): Promise<number> {
  const otherEnd = column.startsWith('from_') ? column.replace(/^from_/, 'to_') : column.replace(/^to_/, 'from_');
  const rows = await rowsWhere(recorder, 'tie', column, dropId);
  for (const row of rows) {
    if (row[otherEnd] === keepId) await recorder.update('tie', row.id, { archived_at: at, updated_at: at });
    else await recorder.update('tie', row.id, { [column]: keepId, updated_at: at });
  }
  return rows.length;
}

/**
 * What a merge would move, before she decides: the rows pointing at the
 * duplicate, counted per kind of record as the merge counts what it moved.
 */
export async function mergeMoves(db: Executor, input: MergeInput): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const pointer of pointersAt(input.kind)) {
    const { rows } = await sql<{ count: number }>`select count(*) as count from ${sql.table(pointer.table)} where ${sql.ref(pointingColumn(pointer))} = ${input.dropId}`.execute(db);
    const count = rows[0]?.count ?? 0;
    if (count > 0) moved[pointer.owner.key] = (moved[pointer.owner.key] ?? 0) + count;
  }
  return moved;
}

/** Every record that points at the duplicate points at the kept record instead, counted per kind of record that had any (`{ offers: 2, ties: 1 }`). */
async function movePointers(recorder: ChangeRecorder, kind: MergeInput['kind'], dropId: string, keepId: string, at: string): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const pointer of pointersAt(kind)) {
    const count =
      pointer.via === 'column'
        ? await repoint(recorder, pointer.table, pointer.column, dropId, keepId)
        : pointer.via === 'link'
          ? await relink(recorder, pointer.table, pointer.ownerColumn, pointer.valueColumn, dropId, keepId)
          : await moveTieEnd(recorder, pointer.column, dropId, keepId, at);
    if (count > 0) moved[pointer.owner.key] = (moved[pointer.owner.key] ?? 0) + count;
  }
  return moved;
}

/** Both records, in the change's transaction; the duplicate must still be active. */
async function readPair<Fields, Rec extends Fields & RecordMeta, TableRow extends Row>(recorder: ChangeRecorder, repository: EntityRepository<Fields, Rec, TableRow>, input: MergeInput, label: string): Promise<[Rec, Rec]> {
  const [keep] = await readRecords(recorder.trx, repository, [input.keepId], true);
  const [drop] = await readRecords(recorder.trx, repository, [input.dropId], true);
  if (!keep || !drop) throw new AppError('NOT_FOUND', `${label} niet gevonden: "${!keep ? input.keepId : input.dropId}".`);
  if (drop.archivedAt) throw new AppError('CONFLICT', `'${repository.describe(drop)}' is al gearchiveerd.`);
  if (keep.archivedAt) throw new AppError('CONFLICT', `'${repository.describe(keep)}' is gearchiveerd; zet het eerst terug om er iets mee samen te voegen.`);
  return [keep, drop];
}

const labels: Record<MergeInput['kind'], string> = { organisation: 'Organisatie', person: 'Contactpersoon', taxonomyTerm: 'Lijstwaarde', neighbourhood: 'Wijk' };


/**
 * Merges a duplicate into the record to keep, as one undoable change:
 * every record that points at the duplicate (as the entity registry knows
 * them: affiliations, offers, ties, log entries, casus links) points at the
 * kept one instead, details missing on the kept record
 * are taken over, and the dropped record is archived (never deleted).
 */
export async function mergeRecords(context: ServiceContext, input: MergeInput): Promise<MergeOutcome> {
  if (input.keepId === input.dropId) throw new AppError('INVALID_INPUT', 'Kies twee verschillende records om samen te voegen.');
  const at = context.clock.now().toISOString();
  const label = labels[input.kind];
  let summary = '';
  const { result } = await runChange(
    context.db,
    at,
    () => ({ actor: context.actor, action: 'update', summary, entityKind: input.kind, entityId: input.keepId }),
    async (recorder) => {
      // Every merge: read both, move every pointer, give the kept record the merged fields, archive the duplicate.
      const merge = async <Fields, Rec extends Fields & RecordMeta, TableRow extends Row>(repository: EntityRepository<Fields, Rec, TableRow>, writeKept: (keep: Rec, drop: Rec) => Promise<unknown>, check?: (keep: Rec, drop: Rec) => void) => {
        const [keep, drop] = await readPair(recorder, repository, input, label);
        check?.(keep, drop);
        summary = `${label} '${repository.describe(drop)}' samengevoegd met '${repository.describe(keep)}'`;
        const moved = await movePointers(recorder, input.kind, drop.id, keep.id, at);
        await writeKept(keep, drop);
        await recorder.update(repository.table, drop.id, { archived_at: at, updated_at: at });
        return moved;
      };
      let moved: Record<string, number>;
      if (input.kind === 'organisation') {
        moved = await merge(organisationRepository, (keep, drop) => entityServices.organisation.updateWithin(context, recorder, keep.id, mergedOrganisationFields(keep, drop)));
      } else if (input.kind === 'person') {
        moved = await merge(personRepository, (keep, drop) => entityServices.person.updateWithin(context, recorder, keep.id, mergedPersonFields(keep, drop)));
      } else if (input.kind === 'taxonomyTerm') {
        // Read before the pointers move: the dropped value's children, which then point at the kept one.
        const dropChildren = (await rowsWhere(recorder, 'taxonomy_term', 'parent_id', input.dropId)).filter((child) => child.id !== input.keepId);
        moved = await merge(
          taxonomyTermRepository,
          async (keep, drop) => {
            // The lists show two levels: under a kept value that has a parent itself, the dropped one's children stand beside it.
            if (keep.parentId !== null && keep.parentId !== drop.id) {
              for (const child of dropChildren) await recorder.update('taxonomy_term', child.id, { parent_id: keep.parentId, updated_at: at });
            }
            await entityServices.taxonomyTerm.updateWithin(context, recorder, keep.id, mergedTermFields(keep, drop));
          },
          // An offer's theme and a casus's main reason are not one list: only values of the same list merge.
          (keep, drop) => {
            if (keep.taxonomy !== drop.taxonomy) throw new AppError('INVALID_INPUT', `'${drop.label}' en '${keep.label}' staan in verschillende lijsten; alleen waarden uit dezelfde lijst kunnen samen.`);
          },
        );
      } else {
        moved = await merge(neighbourhoodRepository, (keep, drop) => entityServices.neighbourhood.updateWithin(context, recorder, keep.id, mergedNeighbourhoodFields(keep, drop)));
      }
      return { keepId: input.keepId, dropId: input.dropId, moved };
    },
  );
  return result;
}
