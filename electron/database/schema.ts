import type { ColumnType } from 'kysely';

/**
 * The database as Kysely sees it: one interface per table, columns in
 * snake_case as stored. JSON columns hold text; booleans are 0/1.
 * Repositories map these rows to the domain types in shared/domain.
 */

type MetaColumns = {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};

export type NeighbourhoodRow = MetaColumns & {
  id: string;
  name: string;
  parent_id: string | null;
  postcode_areas: string;
};

export type TaxonomyTermRow = MetaColumns & {
  id: string;
  taxonomy: string;
  label: string;
  parent_id: string | null;
  sort_order: number;
  /** JSON list of `termRole` codes. */
  roles: string;
};

export type OrganisationRow = MetaColumns & {
  id: string;
  name: string;
  aliases: string;
  kind_id: string;
  description: string;
  address: string;
  postcode: string | null;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  facilities: string;
  tags: string;
  status: string;
  verified_on: string | null;
  visit_every_months: number | null;
};

export type PersonRow = MetaColumns & {
  id: string;
  name: string;
  phones: string;
  email: string | null;
  preferred_channel: string | null;
  broker_warmth: string | null;
  expertise_tags: string;
  notes: string;
  legal_basis: string;
  visit_every_months: number | null;
};

export type AffiliationRow = MetaColumns & {
  id: string;
  person_id: string;
  organisation_id: string;
  role: string;
  since: string | null;
  until: string | null;
  successor_person_id: string | null;
};

export type OfferRow = MetaColumns & {
  id: string;
  organisation_id: string;
  title: string;
  description: string;
  location: string;
  times_of_day: string;
  sessions: string;
  schedule: string;
  languages: string;
  for_language_learners: number;
  accessibility: string;
  cost: string;
  is_free: number;
  access: string;
  capacity: number | null;
  has_waiting_list: number;
  contact_person_id: string | null;
  status: string;
  verified_on: string | null;
};

export type TieRow = MetaColumns & {
  id: string;
  from_person_id: string | null;
  from_organisation_id: string | null;
  to_person_id: string | null;
  to_organisation_id: string | null;
  kind: string;
  warmth: string;
  since: string | null;
  source_log_entry_id: string | null;
  note: string;
};

export type LogEntryRow = MetaColumns & {
  id: string;
  occurred_on: string;
  kind: string;
  note: string;
  follow_up_on: string | null;
  follow_up_done_on: string | null;
};

export type TaskRow = MetaColumns & {
  id: string;
  kind: string;
  note: string;
  due_on: string;
  done_on: string | null;
  done_in_log_entry_id: string | null;
  meeting_id: string | null;
  owner_person_id: string | null;
};

export type RequestRow = MetaColumns & {
  id: string;
  question: string;
  asked_on: string;
  neighbourhood_id: string | null;
  theme_id: string | null;
  closed_on: string | null;
};

export type RequestReplyRow = MetaColumns & {
  id: string;
  request_id: string;
  person_id: string | null;
  organisation_id: string | null;
  answered_on: string;
  answer: string;
  log_entry_id: string | null;
  offer_id: string | null;
  tie_id: string | null;
  casus_match_id: string | null;
};

export type MeetingRow = MetaColumns & {
  id: string;
  kind: string;
  title: string;
  held_on: string;
  starts_at: string | null;
  place: string;
  theme_id: string | null;
  neighbourhood_id: string | null;
  note: string;
  log_entry_id: string | null;
};

export type MapViewRow = MetaColumns & {
  id: string;
  title: string;
  caption: string;
  neighbourhood_id: string | null;
  kind_id: string | null;
  theme_id: string | null;
  target_group_id: string | null;
  min_warmth: string | null;
  since_last_meeting: number;
  since_on: string | null;
  /** JSON list of overlay codes. */
  overlays: string;
  show_offers: number;
  size_by: string;
  person_level: number;
  focus_organisation_id: string | null;
  focus_steps: number;
  /** The part of the map in view (map coordinates), all four or none. */
  frame_left: number | null;
  frame_top: number | null;
  frame_right: number | null;
  frame_bottom: number | null;
};

export type PresentationRow = MetaColumns & {
  id: string;
  title: string;
};

export type CasusRow = MetaColumns & {
  id: string;
  code: string;
  opened_on: string;
  referrer_person_id: string | null;
  referrer_type_id: string;
  age_band: string | null;
  neighbourhood_id: string | null;
  main_reason_id: string | null;
  question: string;
  wishes_and_talents: string;
  barriers: string;
  status: string;
  conversation_count: number;
  unmet_need_reason: string;
  feedback_on: string | null;
  feedback_channel: string | null;
  outcome: string;
  closed_on: string | null;
  gender: string | null;
  languages: string;
  accessibility_needs: string;
  availability: string;
  status_reason: string | null;
  pg_scores: string;
};

export type CasusMatchRow = MetaColumns & {
  id: string;
  casus_id: string;
  offer_id: string | null;
  person_id: string | null;
  handover_on: string | null;
  handover_channel: string | null;
  result: string | null;
  result_reason: string;
};

export type CasusFollowUpRow = MetaColumns & {
  id: string;
  casus_id: string;
  due_on: string;
  done_on: string | null;
  still_participating: number | null;
  stop_reason: string | null;
  note: string;
};

export type ChangeSetRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  summary: string;
  entity_kind: string | null;
  entity_id: string | null;
  undone_by: number | null;
  undoes: number | null;
};

export type ChangeRow = {
  id: number;
  change_set_id: number;
  seq: number;
  table_name: string;
  row_id: string;
  before: string | null;
  after: string | null;
};

export interface EntityTables {
  neighbourhood: NeighbourhoodRow;
  taxonomy_term: TaxonomyTermRow;
  organisation: OrganisationRow;
  person: PersonRow;
  affiliation: AffiliationRow;
  offer: OfferRow;
  tie: TieRow;
  log_entry: LogEntryRow;
  meeting: MeetingRow;
  task: TaskRow;
  map_view: MapViewRow;
  presentation: PresentationRow;
  casus: CasusRow;
  casus_match: CasusMatchRow;
  casus_follow_up: CasusFollowUpRow;
  request: RequestRow;
  request_reply: RequestReplyRow;
}

export interface LinkTables {
  organisation_neighbourhood: { id: string; organisation_id: string; neighbourhood_id: string; position: number };
  offer_theme: { id: string; offer_id: string; term_id: string; position: number };
  offer_life_domain: { id: string; offer_id: string; term_id: string; position: number };
  offer_pg_dimension: { id: string; offer_id: string; term_id: string; position: number };
  offer_target_group: { id: string; offer_id: string; term_id: string; position: number };
  offer_neighbourhood: { id: string; offer_id: string; neighbourhood_id: string; position: number };
  log_entry_person: { id: string; log_entry_id: string; person_id: string; position: number };
  log_entry_organisation: { id: string; log_entry_id: string; organisation_id: string; position: number };
  log_entry_tie: { id: string; log_entry_id: string; tie_id: string; position: number };
  meeting_invited_organisation: { id: string; meeting_id: string; organisation_id: string; position: number };
  meeting_invited_person: { id: string; meeting_id: string; person_id: string; position: number };
  meeting_attended_organisation: { id: string; meeting_id: string; organisation_id: string; position: number };
  meeting_attended_person: { id: string; meeting_id: string; person_id: string; position: number };
  task_organisation: { id: string; task_id: string; organisation_id: string; position: number };
  task_person: { id: string; task_id: string; person_id: string; position: number };
  presentation_map_view: { id: string; presentation_id: string; map_view_id: string; position: number };
  casus_need: { id: string; casus_id: string; term_id: string; position: number };
  request_organisation: { id: string; request_id: string; organisation_id: string; position: number };
  request_person: { id: string; request_id: string; person_id: string; position: number };
}

/** Settings and view state: keyed by `id` like every other table, so export and import treat them alike. */
export interface StateTables {
  /** One JSON value per setting key. */
  setting: { id: string; value: string };
  /** Where the Netwerk map last put a node (`person:ID` / `organisation:ID`). */
  node_position: { id: string; x: number; y: number };
}

/** Integer ids are assigned by SQLite on insert. */
type Generated<Column> = ColumnType<Column, Column | undefined, Column>;

export type AccessLogRow = {
  id: number;
  at: string;
  actor: string;
  /** `read` (one casus opened), `list` (casussen listed), `match` (suggestions made), `report`. */
  action: string;
  entity_kind: string;
  entity_id: string | null;
  detail: string;
};

export interface Schema extends EntityTables, LinkTables, StateTables {
  /** One row: which network this file is (not exported: a copy in another file is another network). */
  network_identity: { id: string; created_at: string };
  change_set: Omit<ChangeSetRow, 'id'> & { id: Generated<number> };
  change: Omit<ChangeRow, 'id'> & { id: Generated<number> };
  access_log: Omit<AccessLogRow, 'id'> & { id: Generated<number> };
}

export type EntityTable = keyof EntityTables;
export type LinkTable = keyof LinkTables;
export type TableName = keyof Schema;

/**
 * Every data table in the order rows can be inserted without breaking a
 * foreign key (parents first). Export, import and statistics use this order.
 */
export const tablesInDependencyOrder: readonly TableName[] = [
  'neighbourhood',
  'taxonomy_term',
  'organisation',
  'organisation_neighbourhood',
  'person',
  'affiliation',
  'offer',
  'offer_theme',
  'offer_life_domain',
  'offer_pg_dimension',
  'offer_target_group',
  'offer_neighbourhood',
  'log_entry',
  'log_entry_person',
  'log_entry_organisation',
  'tie',
  'log_entry_tie',
  'meeting',
  'meeting_invited_organisation',
  'meeting_invited_person',
  'meeting_attended_organisation',
  'meeting_attended_person',
  'task',
  'task_organisation',
  'task_person',
  'map_view',
  'presentation',
  'presentation_map_view',
  'casus',
  'casus_need',
  'casus_match',
  'casus_follow_up',
  'request',
  'request_organisation',
  'request_person',
  'request_reply',
  'setting',
  'node_position',
  'change_set',
  'change',
  'access_log',
];
