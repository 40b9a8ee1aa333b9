import type { EntityKind } from './record';

/** One entry of the change log: everything one user action changed. */
export interface ChangeSetSummary {
  id: number;
  at: string;
  /** Who or what made the change: `app`, `cli`, `demo`, ... */
  actor: string;
  action: 'create' | 'update' | 'archive' | 'restore' | 'undo' | 'bulk';
  /** A Dutch sentence for the history list, e.g. "Organisatie 'Buurtwerk Noord' aangemaakt". */
  summary: string;
  entityKind: EntityKind | null;
  entityId: string | null;
  /** Set when a later undo reversed this change. */
  undoneBy: number | null;
  /** Set on an undo: the change it reversed. */
  undoes: number | null;
  rowCount: number;
}

export interface UndoOutcome {
  undone: ChangeSetSummary;
}
