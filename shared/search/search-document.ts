/** The searchable fields, with how much a match in each counts. */
export const searchFields = ['name', 'roles', 'organisations', 'tags', 'neighbourhood', 'text'] as const;
export type SearchField = (typeof searchFields)[number];

export const fieldWeights: Record<SearchField, number> = { name: 3, roles: 2.5, organisations: 1.5, tags: 2, neighbourhood: 1, text: 0.8 };

export type SearchKind = 'person' | 'organisation' | 'offer' | 'request';

/** One person, organisation or offer as the search sees it. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** What the result shows as its title. */
  label: string;
  /** A second line: organisation and role, or the organisation of an offer. */
  detail: string;
  fields: Record<SearchField, string>;
  /** Neighbourhoods where this record is active (for "a need plus a place"). */
  neighbourhoodIds: string[];
  /** The broker's warmth with this person (or the warmest person of an organisation / offer contact). */
  warmth: 'warm' | 'lauw' | 'koud' | null;
  /** Last logged contact, `YYYY-MM-DD`. */
  lastContact: string | null;
  archived: boolean;
  /** E.164: the record's own number (a person's preferred one, an organisation's, an offer contact's). Which number Enter copies, with the organisation's general number as the fallback, the renderer's `numberToCall` decides. */
  phone: string | null;
  /** For offers: the named person to call about it; for a person who left: their successor. */
  contactPersonId: string | null;
  /** A person whose every role has ended ("vertrokken bij …"): never the one to call. */
  departed: boolean;
}

/**
 * Whether two documents say the same, field by field: what the index
 * compares to skip a record that did not change, without keeping a
 * serialised copy of every document (at 50,000 documents, tens of MB).
 */
export function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.label === b.label &&
    a.detail === b.detail &&
    a.warmth === b.warmth &&
    a.lastContact === b.lastContact &&
    a.archived === b.archived &&
    a.phone === b.phone &&
    a.contactPersonId === b.contactPersonId &&
    a.departed === b.departed &&
    a.neighbourhoodIds.length === b.neighbourhoodIds.length &&
    a.neighbourhoodIds.every((id, position) => id === b.neighbourhoodIds[position]) &&
    searchFields.every((field) => a.fields[field] === b.fields[field])
  );
}
