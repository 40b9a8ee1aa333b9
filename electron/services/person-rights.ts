import { sql } from 'kysely';
import type { PersonDataExport } from '../../shared/contract/api';
import type { EntityKey } from '../../shared/domain/entity-registry';
import { formatPhoneDutch } from '../../shared/normalise/format-phone';
import { entityServices } from './entity-services';
import { removeRecords } from './pointers';
import type { ServiceContext } from './service-context';

/** Where the broker writes free text about people: notes of contacts, meetings, afspraken and ties, and answers to uitvragen. */
const freeTextColumns = [
  ['log_entry', 'note'],
  ['meeting', 'note'],
  ['task', 'note'],
  ['tie', 'note'],
  ['request_reply', 'answer'],
] as const;

/** What replaces an erased person's name, number or address wherever it was written. */
export const ERASED = '[verwijderd]';

/**
 * Where the export lists each kind of record that points at a person. A new
 * kind that points at people needs its section here: a test holds this
 * against the entity registry, so nothing held about a person is left out.
 */
export const personExportSections: Partial<Record<EntityKey, keyof PersonDataExport>> = {
  affiliations: 'organisations',
  ties: 'ties',
  logEntries: 'logEntries',
  offers: 'offersAsContact',
  casussen: 'casussenAsReferrer',
  casusMatches: 'casusMatchesAsContact',
  tasks: 'tasks',
  meetings: 'meetings',
  requests: 'requests',
  requestReplies: 'requestReplies',
};

export async function exportPersonData(context: ServiceContext, personId: string): Promise<PersonDataExport> {
  const person = await entityServices.person.get(context, personId);
  const db = context.db;
  const organisations = await db
    .selectFrom('affiliation')
    .innerJoin('organisation', 'organisation.id', 'affiliation.organisation_id')
    .select(['organisation.name', 'affiliation.role', 'affiliation.since', 'affiliation.until'])
    .where('affiliation.person_id', '=', personId)
    .execute();
  const ties = (await entityServices.tie.list(context, { includeArchived: true })).filter((tie) => (tie.from.kind === 'person' && tie.from.id === personId) || (tie.to.kind === 'person' && tie.to.id === personId));
  const names = new Map<string, string>([
    ...(await db.selectFrom('person').select(['id', 'name']).execute()).map((row) => [`person:${row.id}`, row.name] as const),
    ...(await db.selectFrom('organisation').select(['id', 'name']).execute()).map((row) => [`organisation:${row.id}`, row.name] as const),
  ]);
  const other = (tie: (typeof ties)[number]) => (tie.from.kind === 'person' && tie.from.id === personId ? tie.to : tie.from);
  const logEntries = (await entityServices.logEntry.list(context, { includeArchived: true })).filter((entry) => entry.personIds.includes(personId));
  const tasks = (await entityServices.task.list(context, { includeArchived: true })).filter((task) => task.personIds.includes(personId) || task.ownerPersonId === personId);
  const requests = (await entityServices.request.list(context, { includeArchived: true })).filter((request) => request.personIds.includes(personId));
  const replies = (await entityServices.requestReply.list(context, { includeArchived: true })).filter((reply) => reply.personId === personId);
  const meetings = (await entityServices.meeting.list(context, { includeArchived: true })).filter((meeting) => meeting.invitedPersonIds.includes(personId) || meeting.attendedPersonIds.includes(personId));
  const offers = await db.selectFrom('offer').select('title').where('contact_person_id', '=', personId).execute();
  const casussen = await db.selectFrom('casus').select('code').where('referrer_person_id', '=', personId).execute();
  const handovers = await db.selectFrom('casus_match').innerJoin('casus', 'casus.id', 'casus_match.casus_id').select('casus.code').where('casus_match.person_id', '=', personId).execute();
  const history = await db
    .selectFrom('change')
    .innerJoin('change_set', 'change_set.id', 'change.change_set_id')
    .select(['change_set.at', 'change_set.action', 'change_set.summary'])
    .where('change.table_name', '=', 'person')
    .where('change.row_id', '=', personId)
    .orderBy('change_set.id')
    .execute();
  return {
    exportedAt: context.clock.now().toISOString(),
    person: { ...person, phones: person.phones.map((phone) => ({ ...phone, display: formatPhoneDutch(phone.number) })) },
    organisations,
    ties: ties.map((tie) => ({ with: names.get(`${other(tie).kind}:${other(tie).id}`) ?? '?', kind: tie.kind, warmth: tie.warmth, since: tie.since, note: tie.note })),
    logEntries: logEntries.map((entry) => ({ occurredOn: entry.occurredOn, kind: entry.kind, note: entry.note })),
    offersAsContact: offers.map((offer) => offer.title),
    casussenAsReferrer: casussen.map((casus) => casus.code),
    casusMatchesAsContact: handovers.map((match) => match.code),
    tasks: tasks.map((task) => ({ kind: task.kind, dueOn: task.dueOn, doneOn: task.doneOn, note: task.note, owner: task.ownerPersonId === personId })),
    requests: requests.map((request) => ({ askedOn: request.askedOn, question: request.question })),
    requestReplies: replies.map((reply) => ({ answeredOn: reply.answeredOn, answer: reply.answer })),
    meetings: meetings.map((meeting) => ({ kind: meeting.kind, heldOn: meeting.heldOn, title: meeting.title, invited: meeting.invitedPersonIds.includes(personId), attended: meeting.attendedPersonIds.includes(personId) })),
    changeHistory: history,
  };
}

/** Replaces every occurrence of the secrets in a text, case-insensitively. */
function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.replace(new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ERASED);
  return result;
}

/** A change-log row image with every string value redacted (the JSON stays valid). */
function redactImage(image: string | null, secrets: readonly string[]): string | null {
  if (image === null || !secrets.some((secret) => image.toLowerCase().includes(secret.toLowerCase()))) return image;
  const row = JSON.parse(image) as Record<string, unknown>;
  for (const [column, value] of Object.entries(row)) if (typeof value === 'string') row[column] = redact(value, secrets);
  return JSON.stringify(row);
}


/** The person, their roles, ties and history gone from the records; their details redacted wherever they were written. */
export async function erasePersonRecords(context: ServiceContext, personId: string): Promise<{ erased: string; redactedNotes: number; redactedHistory: number }> {
  const person = await entityServices.person.get(context, personId);
  const secrets = [person.name, ...person.phones.flatMap((phone) => [phone.number, formatPhoneDutch(phone.number)]), ...(person.email ? [person.email] : [])].filter((secret) => secret.trim().length >= 3);
  let redactedNotes = 0;
  let redactedHistory = 0;
  await context.db.transaction().execute(async (trx) => {
    await removeRecords(trx, 'person', [personId]);
    for (const [table, column] of freeTextColumns) {
      const { rows } = await sql<{ id: string; text: string }>`select id, ${sql.ref(column)} as text from ${sql.table(table)}`.execute(trx);
      for (const row of rows) {
        const text = redact(row.text, secrets);
        if (text === row.text) continue;
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${text} where id = ${row.id}`.execute(trx);
        redactedNotes++;
      }
    }
    // The person's own history goes; elsewhere in the change log their details are redacted.
    await trx.deleteFrom('change').where('table_name', '=', 'person').where('row_id', '=', personId).execute();
    for (const change of await trx.selectFrom('change').select(['id', 'before', 'after']).execute()) {
      const before = redactImage(change.before, secrets);
      const after = redactImage(change.after, secrets);
      if (before === change.before && after === change.after) continue;
      await trx.updateTable('change').set({ before, after }).where('id', '=', change.id).execute();
      redactedHistory++;
    }
    await trx
      .updateTable('change_set')
      .set({ summary: sql<string>`replace(summary, ${person.name}, ${ERASED})` })
      .where('summary', 'like', `%${person.name}%`)
      .execute();
  });
  return { erased: personId, redactedNotes, redactedHistory };
}
