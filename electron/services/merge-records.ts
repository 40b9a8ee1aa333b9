import { sql } from 'kysely';
import type { MergeOutcome } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import type { Person } from '../../shared/domain/person';
import type { RecordMeta } from '../../shared/domain/record';
import type { ChangeRecorder } from '../changes/change-recorder';
import type { Row } from '../changes/row';
import { runChange } from '../changes/run-change';
import type { TableName } from '../database/schema';
import { linkRowId, readRecords, type EntityRepository } from '../repositories/entity-repository';
import { organisationRepository } from '../repositories/organisation-repository';
import { personRepository } from '../repositories/person-repository';
import { entityServices } from './entity-services';
import type { ServiceContext } from './service-context';

export interface MergeInput {
  kind: 'organisation' | 'person';
  keepId: string;
  dropId: string;
}


async function rowsWhere(recorder: ChangeRecorder, table: TableName, column: string, value: string): Promise<Row[]> {
  const { rows } = await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(recorder.trx);
  return rows;
}

/** Points every `column = dropId` of a table at `keepId`. */
async function repoint(recorder: ChangeRecorder, table: TableName, column: string, dropId: string, keepId: string): Promise<number> {
  const rows = await rowsWhere(recorder, table, column, dropId);
  for (const row of rows) await recorder.update(table, row.id, { [column]: keepId });
  return rows.length;
}

/** Moves link rows (log entry -> participant, organisation -> wijk) to the kept record, without doubles. */
async function relink(recorder: ChangeRecorder, table: TableName, ownerColumn: string, valueColumn: string, dropId: string, keepId: string, side: 'owner' | 'value'): Promise<number> {
  const column = side === 'owner' ? ownerColumn : valueColumn;
  const rows = await rowsWhere(recorder, table, column, dropId);
  for (const row of rows) {
    const owner = side === 'owner' ? keepId : String(row[ownerColumn]);
    const value = side === 'value' ? keepId : String(row[valueColumn]);
    await recorder.remove(table, row.id);
    const exists = await rowsWhere(recorder, table, 'id', linkRowId(owner, value));
    if (exists.length === 0) await recorder.insert(table, [{ id: linkRowId(owner, value), [ownerColumn]: owner, [valueColumn]: value, position: Number(row.position) }]);
  }
  return rows.length;
}

/** Ties of the dropped record go to the kept one; a tie between the two duplicates means nothing any more and is archived. */
async function moveTies(context: ServiceContext, recorder: ChangeRecorder, kind: 'person' | 'organisation', dropId: string, keepId: string, at: string): Promise<number> {
  let moved = 0;
  for (const end of ['from', 'to'] as const) {
    const column = `${end}_${kind}_id`;
    const other = `${end === 'from' ? 'to' : 'from'}_${kind}_id`;
    for (const row of await rowsWhere(recorder, 'tie', column, dropId)) {
      if (row[other] === keepId) await recorder.update('tie', row.id, { archived_at: at, updated_at: at });
      else await recorder.update('tie', row.id, { [column]: keepId, updated_at: at });
      moved++;
    }
  }
  return moved;
}

/** Both records, in the change's transaction; the duplicate must still be active. */
async function readPair<Fields, Rec extends Fields & RecordMeta & { name: string }, TableRow extends Row>(recorder: ChangeRecorder, repository: EntityRepository<Fields, Rec, TableRow>, input: MergeInput, label: string): Promise<[Rec, Rec]> {
  const [keep] = await readRecords(recorder.trx, repository, [input.keepId], true);
  const [drop] = await readRecords(recorder.trx, repository, [input.dropId], true);
  if (!keep || !drop) throw new AppError('NOT_FOUND', `${label} niet gevonden: "${!keep ? input.keepId : input.dropId}".`);
  if (drop.archivedAt) throw new AppError('CONFLICT', `'${drop.name}' is al gearchiveerd.`);
  return [keep, drop];
}

const union = <Item>(left: readonly Item[], right: readonly Item[]) => [...new Set([...left, ...right])];
const warmthRank = { koud: 0, lauw: 1, warm: 2 } as const;

/**
 * Merges a duplicate into the record to keep, as one undoable change:
 * every affiliation, offer, tie, log reference and casus link of the
 * dropped record moves to the kept one, details missing on the kept record
 * are taken over, and the dropped record is archived (never deleted).
 */
export async function mergeRecords(context: ServiceContext, input: MergeInput): Promise<MergeOutcome> {
  if (input.keepId === input.dropId) throw new AppError('INVALID_INPUT', 'Kies twee verschillende records om samen te voegen.');
  const at = context.clock.now().toISOString();
  const label = input.kind === 'organisation' ? 'Organisatie' : 'Contactpersoon';
  let summary = '';
  const { result } = await runChange(
    context.db,
    at,
    () => ({ actor: context.actor, action: 'update', summary, entityKind: input.kind, entityId: input.keepId }),
    async (recorder) => {
      const moved: Record<string, number> = {};
      if (input.kind === 'organisation') {
        const [keep, drop] = await readPair(recorder, organisationRepository, input, label);
        summary = `${label} '${drop.name}' samengevoegd met '${keep.name}'`;
        moved.affiliations = await repoint(recorder, 'affiliation', 'organisation_id', drop.id, keep.id);
        moved.offers = await repoint(recorder, 'offer', 'organisation_id', drop.id, keep.id);
        moved.ties = await moveTies(context, recorder, 'organisation', drop.id, keep.id, at);
        moved.logEntries = await relink(recorder, 'log_entry_organisation', 'log_entry_id', 'organisation_id', drop.id, keep.id, 'value');
        await entityServices.organisation.updateWithin(context, recorder, keep.id, {
          aliases: union(keep.aliases, [drop.name, ...drop.aliases]).filter((alias) => alias !== keep.name),
          neighbourhoodIds: union(keep.neighbourhoodIds, drop.neighbourhoodIds),
          tags: union(keep.tags, drop.tags),
          facilities: union(keep.facilities, drop.facilities),
          phone: keep.phone ?? drop.phone,
          email: keep.email ?? drop.email,
          website: keep.website ?? drop.website,
          address: keep.address || drop.address,
          postcode: keep.postcode ?? drop.postcode,
          description: keep.description || drop.description,
        });
        await recorder.update('organisation', drop.id, { archived_at: at, updated_at: at });
      } else {
        const [keep, drop] = await readPair(recorder, personRepository, input, label);
        summary = `${label} '${drop.name}' samengevoegd met '${keep.name}'`;
        moved.affiliations = await repoint(recorder, 'affiliation', 'person_id', drop.id, keep.id);
        moved.offers = await repoint(recorder, 'offer', 'contact_person_id', drop.id, keep.id);
        moved.ties = await moveTies(context, recorder, 'person', drop.id, keep.id, at);
        moved.logEntries = await relink(recorder, 'log_entry_person', 'log_entry_id', 'person_id', drop.id, keep.id, 'value');
        moved.casusReferrals = await repoint(recorder, 'casus', 'referrer_person_id', drop.id, keep.id);
        moved.casusMatches = await repoint(recorder, 'casus_match', 'person_id', drop.id, keep.id);
        const warmer = [keep.brokerWarmth, drop.brokerWarmth].reduce<Person['brokerWarmth']>((best, value) => (value && (!best || warmthRank[value] > warmthRank[best]) ? value : best), null);
        await entityServices.person.updateWithin(context, recorder, keep.id, {
          phones: [...keep.phones, ...drop.phones.filter((phone) => !keep.phones.some((known) => known.number === phone.number))],
          email: keep.email ?? drop.email,
          preferredChannel: keep.preferredChannel ?? drop.preferredChannel,
          brokerWarmth: warmer,
          expertiseTags: union(keep.expertiseTags, drop.expertiseTags),
          notes: [keep.notes, drop.notes].filter(Boolean).join('\n'),
        });
        await recorder.update('person', drop.id, { archived_at: at, updated_at: at });
      }
      return { keepId: input.keepId, dropId: input.dropId, moved };
    },
  );
  return result;
}
