/** Fields every stored record carries, besides its own. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Archived records stay for history and undo; lists hide them by default. */
  archivedAt: string | null;
}

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
  'casus',
  'casusMatch',
  'casusFollowUp',
] as const;
export type EntityKind = (typeof entityKinds)[number];

export const entityLabels: Record<EntityKind, string> = {
  neighbourhood: 'wijk',
  taxonomyTerm: 'lijstwaarde',
  organisation: 'organisatie',
  person: 'contactpersoon',
  affiliation: 'functie',
  offer: 'aanbod',
  tie: 'verbinding',
  logEntry: 'logboekregel',
  casus: 'casus',
  casusMatch: 'koppeling',
  casusFollowUp: 'vervolgafspraak',
};
