import { sql, type SelectType } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Schema, TableName } from '../../electron/database/schema';
import { openTempDatabase } from '../support/temp-database';

type SqlType<Value> = NonNullable<Value> extends string ? 'text' : NonNullable<Value> extends number ? 'integer' | 'real' : never;
type Declared<Value> = null extends Value ? `${SqlType<Value>} null` : SqlType<Value>;

/**
 * Every column of `electron/database/schema.ts`, as the compiler reads it
 * there: a column missing here, one too many, or one whose type or
 * nullability differs from schema.ts does not compile. The test below holds
 * the same list against the migrated file, so schema.ts and the migrations
 * cannot drift apart.
 */
const declared: { [Table in TableName]: { [Column in keyof Schema[Table]]-?: Declared<SelectType<Schema[Table][Column]>> } } = {
  access_log: { id: 'integer', at: 'text', actor: 'text', action: 'text', entity_kind: 'text', entity_id: 'text null', detail: 'text' },
  affiliation: { id: 'text', person_id: 'text', organisation_id: 'text', role: 'text', since: 'text null', until: 'text null', successor_person_id: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  casus: { id: 'text', code: 'text', opened_on: 'text', referrer_person_id: 'text null', referrer_type_id: 'text', age_band: 'text null', neighbourhood_id: 'text null', main_reason_id: 'text null', question: 'text', wishes_and_talents: 'text', barriers: 'text', status: 'text', conversation_count: 'integer', unmet_need_reason: 'text', feedback_on: 'text null', feedback_channel: 'text null', outcome: 'text', closed_on: 'text null', gender: 'text null', languages: 'text', accessibility_needs: 'text', availability: 'text', status_reason: 'text null', pg_scores: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  casus_follow_up: { id: 'text', casus_id: 'text', due_on: 'text', done_on: 'text null', still_participating: 'integer null', note: 'text', stop_reason: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  casus_match: { id: 'text', casus_id: 'text', offer_id: 'text null', person_id: 'text null', handover_on: 'text null', handover_channel: 'text null', result: 'text null', result_reason: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  casus_need: { id: 'text', casus_id: 'text', term_id: 'text', position: 'integer' },
  change: { id: 'integer', change_set_id: 'integer', seq: 'integer', table_name: 'text', row_id: 'text', before: 'text null', after: 'text null' },
  change_set: { id: 'integer', at: 'text', actor: 'text', action: 'text', summary: 'text', entity_kind: 'text null', entity_id: 'text null', undone_by: 'integer null', undoes: 'integer null' },
  log_entry: { id: 'text', occurred_on: 'text', kind: 'text', note: 'text', follow_up_on: 'text null', follow_up_done_on: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  log_entry_organisation: { id: 'text', log_entry_id: 'text', organisation_id: 'text', position: 'integer' },
  log_entry_person: { id: 'text', log_entry_id: 'text', person_id: 'text', position: 'integer' },
  log_entry_tie: { id: 'text', log_entry_id: 'text', tie_id: 'text', position: 'integer' },
  neighbourhood: { id: 'text', name: 'text', parent_id: 'text null', postcode_areas: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  network_identity: { id: 'text', created_at: 'text' },
  node_position: { id: 'text', x: 'real', y: 'real' },
  offer: { id: 'text', organisation_id: 'text', title: 'text', description: 'text', location: 'text', times_of_day: 'text', sessions: 'text', schedule: 'text', languages: 'text', for_language_learners: 'integer', accessibility: 'text', cost: 'text', is_free: 'integer', access: 'text', capacity: 'integer null', has_waiting_list: 'integer', contact_person_id: 'text null', status: 'text', verified_on: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  offer_life_domain: { id: 'text', offer_id: 'text', term_id: 'text', position: 'integer' },
  offer_neighbourhood: { id: 'text', offer_id: 'text', neighbourhood_id: 'text', position: 'integer' },
  offer_pg_dimension: { id: 'text', offer_id: 'text', term_id: 'text', position: 'integer' },
  offer_target_group: { id: 'text', offer_id: 'text', term_id: 'text', position: 'integer' },
  offer_theme: { id: 'text', offer_id: 'text', term_id: 'text', position: 'integer' },
  request: { id: 'text', question: 'text', asked_on: 'text', neighbourhood_id: 'text null', theme_id: 'text null', closed_on: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  request_organisation: { id: 'text', request_id: 'text', organisation_id: 'text', position: 'integer' },
  request_person: { id: 'text', request_id: 'text', person_id: 'text', position: 'integer' },
  request_reply: { id: 'text', request_id: 'text', person_id: 'text null', organisation_id: 'text null', answered_on: 'text', answer: 'text', log_entry_id: 'text null', offer_id: 'text null', tie_id: 'text null', casus_match_id: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  meeting: { id: 'text', kind: 'text', title: 'text', held_on: 'text', starts_at: 'text null', place: 'text', theme_id: 'text null', neighbourhood_id: 'text null', note: 'text', log_entry_id: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  meeting_attended_organisation: { id: 'text', meeting_id: 'text', organisation_id: 'text', position: 'integer' },
  meeting_attended_person: { id: 'text', meeting_id: 'text', person_id: 'text', position: 'integer' },
  meeting_invited_organisation: { id: 'text', meeting_id: 'text', organisation_id: 'text', position: 'integer' },
  meeting_invited_person: { id: 'text', meeting_id: 'text', person_id: 'text', position: 'integer' },
  map_view: { id: 'text', title: 'text', caption: 'text', neighbourhood_id: 'text null', kind_id: 'text null', theme_id: 'text null', target_group_id: 'text null', min_warmth: 'text null', since_last_meeting: 'integer', since_on: 'text null', overlays: 'text', show_offers: 'integer', size_by: 'text', person_level: 'integer', focus_organisation_id: 'text null', focus_steps: 'integer', frame_left: 'real null', frame_top: 'real null', frame_right: 'real null', frame_bottom: 'real null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  organisation: { id: 'text', name: 'text', aliases: 'text', kind_id: 'text', description: 'text', address: 'text', postcode: 'text null', city: 'text', phone: 'text null', email: 'text null', website: 'text null', facilities: 'text', tags: 'text', status: 'text', verified_on: 'text null', visit_every_months: 'integer null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  organisation_neighbourhood: { id: 'text', organisation_id: 'text', neighbourhood_id: 'text', position: 'integer' },
  person: { id: 'text', name: 'text', phones: 'text', email: 'text null', preferred_channel: 'text null', broker_warmth: 'text null', expertise_tags: 'text', notes: 'text', legal_basis: 'text', visit_every_months: 'integer null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  presentation: { id: 'text', title: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  presentation_map_view: { id: 'text', presentation_id: 'text', map_view_id: 'text', position: 'integer' },
  setting: { id: 'text', value: 'text' },
  task: { id: 'text', kind: 'text', note: 'text', due_on: 'text', done_on: 'text null', done_in_log_entry_id: 'text null', meeting_id: 'text null', owner_person_id: 'text null', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  task_organisation: { id: 'text', task_id: 'text', organisation_id: 'text', position: 'integer' },
  task_person: { id: 'text', task_id: 'text', person_id: 'text', position: 'integer' },
  taxonomy_term: { id: 'text', taxonomy: 'text', label: 'text', parent_id: 'text null', sort_order: 'integer', roles: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
  tie: { id: 'text', from_person_id: 'text null', from_organisation_id: 'text null', to_person_id: 'text null', to_organisation_id: 'text null', kind: 'text', warmth: 'text', since: 'text null', source_log_entry_id: 'text null', note: 'text', created_at: 'text', updated_at: 'text', archived_at: 'text null' },
};

describe('the schema Kysely is told about', () => {
  it('is the schema the migrations build: the same tables, columns, types and nullability', async () => {
    const network = await openTempDatabase();
    const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(network.db);
    const migrated: Record<string, Record<string, string>> = {};
    for (const { name } of tables) {
      const { rows } = await sql<{ name: string; type: string; notnull: number; pk: number }>`select name, type, "notnull", pk from pragma_table_info(${name})`.execute(network.db);
      // A STRICT table's primary key is never null, whatever table_info says.
      migrated[name] = Object.fromEntries(rows.map((row) => [row.name, `${row.type.toLowerCase()}${row.notnull || row.pk ? '' : ' null'}`]));
    }
    expect(migrated).toEqual(declared);
  });
});
