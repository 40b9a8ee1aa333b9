/** Fields every stored record carries, besides its own. (A type, not an interface: a record is then also a plain `Record<string, unknown>`, as generic code over every entity reads it.) */
export type RecordMeta = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Archived records stay for history and undo; lists hide them by default. */
  archivedAt: string | null;
};

/** The entities of the domain model, as the API and the change log name them. */
export const entityKinds = [
  'neighbourhood',
  'taxonomyTerm',
  'organisation',
  'person',
  'affiliation',
  'offer',
  'tie',
  'logEntry',
  'meeting',
  'task',
  'mapView',
  'presentation',
  'casus',
  'casusMatch',
  'casusFollowUp',
  'request',
  'requestReply',
] as const;
export type EntityKind = (typeof entityKinds)[number];
